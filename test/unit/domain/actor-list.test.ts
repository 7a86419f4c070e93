import { describe, expect, it } from 'vitest';
import { selectActorRows, type ActorListQuery } from '../../../src/domain/actor-list.ts';
import { indexDataset } from '../../../src/domain/dataset-index.ts';
import { makeSourceViewDataset } from '../../support/source-view-fixture.ts';

const index = indexDataset(makeSourceViewDataset());
const all: ActorListQuery = { q: '', sides: [], kinds: [], sort: 'name', dir: 'asc' };
const names = (query: Partial<ActorListQuery>) => selectActorRows(index, { ...all, ...query }).map((r) => r.actor.name);

describe('selectActorRows', () => {
  it.each<[string, Partial<ActorListQuery>, string[]]>([
    ['everyone, by name', {}, ['Charles Q. Brown', 'Liu Zhenli', 'Lloyd Austin', 'Ministry of National Defense', 'Wu Qian']],
    ['by name, Z→A', { dir: 'desc' }, ['Wu Qian', 'Ministry of National Defense', 'Lloyd Austin', 'Liu Zhenli', 'Charles Q. Brown']],
    ['one side', { sides: ['prc'] }, ['Liu Zhenli', 'Ministry of National Defense', 'Wu Qian']],
    ['two sides', { sides: ['us', 'other'] }, ['Charles Q. Brown', 'Lloyd Austin']],
    ['one kind', { kinds: ['military-officer'] }, ['Charles Q. Brown', 'Liu Zhenli']],
    ['side and kind together', { sides: ['prc'], kinds: ['military-officer', 'spokesperson'] }, ['Liu Zhenli', 'Wu Qian']],
    ['search by name, any case', { q: 'QIAN' }, ['Wu Qian']],
    ['search by alias', { q: 'cq' }, ['Charles Q. Brown']],
    ['search by misspelling', { q: 'defence' }, ['Ministry of National Defense']],
    ['every word must match', { q: 'lloyd brown' }, []],
    // Ties (equal counts) fall back to name order, so the order never depends on input order.
    ['by mentions, most first', { sort: 'mentions', dir: 'desc' }, ['Charles Q. Brown', 'Wu Qian', 'Liu Zhenli', 'Lloyd Austin', 'Ministry of National Defense']],
    ['by events, fewest first', { sort: 'events', dir: 'asc' }, ['Ministry of National Defense', 'Lloyd Austin', 'Wu Qian', 'Charles Q. Brown', 'Liu Zhenli']],
    ['by articles, most first', { sort: 'articles', dir: 'desc' }, ['Charles Q. Brown', 'Liu Zhenli', 'Lloyd Austin', 'Ministry of National Defense', 'Wu Qian']],
  ])('%s', (_, query, expected) => {
    expect(names(query)).toEqual(expected);
  });

  it('gives each row its latest role, counts, and the alias the search matched', () => {
    const [brown] = selectActorRows(index, { ...all, q: 'gen. brown' });
    expect(brown).toMatchObject({ mentionCount: 4, eventCount: 2, articleCount: 2, matchedAlias: 'Gen. Brown' });
    expect(brown!.latestRole?.title).toBe('Chairman of the Joint Chiefs of Staff');
    const [wu] = selectActorRows(index, { ...all, q: 'wu qian' });
    expect(wu!.matchedAlias).toBeNull();
  });
});
