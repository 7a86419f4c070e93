import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveStatusIntervals } from '../../../src/domain/status-intervals.ts';
import { ArticleBodySchema, DatasetSchema } from '../../../src/schema/dataset.ts';
import { checkIntegrity } from '../../../src/schema/integrity.ts';
import { PROJECT_ROOT } from '../../support/seed-workspace.ts';

// The committed public/data/ is what analysts quote: it must be valid, consistent, and say
// what the five seed articles say.
const dir = join(PROJECT_ROOT, 'public/data');
const dataset = DatasetSchema.parse(JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8')));
const bodies = new Map(
  dataset.articles.map((a) => [a.id, ArticleBodySchema.parse(JSON.parse(readFileSync(join(dir, a.bodyFile), 'utf8')))]),
);
const event = (id: string) => {
  const e = dataset.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
};
const laneOf = (channelId: string) =>
  dataset.statusIntervals.filter((i) => i.channelId === channelId).map((i) => `${i.start} ${i.status}`);

describe('the committed dataset', () => {
  it('passes every integrity check, offsets included', () => {
    expect(checkIntegrity(dataset, bodies)).toEqual([]);
  });

  it('holds status intervals equal to their derivation from the events', () => {
    expect(dataset.statusIntervals).toEqual(deriveStatusIntervals(dataset.channels, dataset.events, dataset.coverage));
  });

  it('quotes every piece of evidence verbatim from its article', () => {
    for (const e of dataset.events) {
      for (const ev of e.evidence) {
        expect(bodies.get(ev.articleId)?.paragraphs[ev.paragraph]?.slice(ev.start, ev.end), `${e.id} in ${ev.articleId}`).toBe(ev.quote);
      }
    }
  });

  it('registers every person the articles name, keeping Xu Qiling and Xu Qiliang apart', () => {
    const people = dataset.actors.filter((a) => a.kind !== 'organization');
    expect(people).toHaveLength(26);
    expect(people.filter((a) => a.mentionCount === 0).map((a) => a.id)).toEqual([]);
    expect(dataset.actors.find((a) => a.id === 'xu-qiling')?.articleIds).toEqual(['003-209ec3550312bc1b']);
    expect(dataset.actors.find((a) => a.id === 'xu-qiliang')?.articleIds).toEqual(['004-e63b7962d350ce36']);
  });

  it('links the misspelling "Rather" to Ely Ratner in the article that has it', () => {
    const body = bodies.get('002-f6827184a85c8d0d')!;
    const m = body.mentions.find((x) => x.match === 'misspelling');
    expect(m && body.paragraphs[m.paragraph]!.slice(m.start, m.end)).toBe('Rather');
    expect(m?.actorId).toBe('ely-ratner');
  });

  it('records one event for the August 2022 suspension, reported by three articles', () => {
    const e = event('evt-2022-08-china-suspends-military-channels');
    expect(e.evidence.map((ev) => `${ev.articleId.slice(0, 3)} ${ev.reporting}`)).toEqual(['001 recalled', '002 recalled', '003 recalled']);
    expect(e.date).toMatchObject({ start: '2022-08-01', end: '2022-08-31', precision: 'month' });
  });

  it('records the Fiji meeting once, reported by 003 and recalled by 002', () => {
    const e = event('evt-2023-08-aquilino-meets-pla-official-in-fiji');
    expect([...new Set(e.evidence.map((ev) => `${ev.articleId.slice(0, 3)} ${ev.reporting}`))]).toEqual(['002 recalled', '003 reported']);
  });

  it('answers "which channels were suspended on 1 January 2023, since when"', () => {
    const day = '2023-01-01';
    const on = dataset.statusIntervals.filter((i) => i.start <= day && day < i.end && i.status === 'suspended');
    expect(on.map((i) => `${i.channelId} since ${i.start} (${i.eventId})`)).toEqual([
      'chiefs since 2022-08-01 (evt-2022-08-china-suspends-military-channels)',
      'theater-commanders since 2022-08-01 (evt-2022-08-china-suspends-military-channels)',
      'dpct since 2022-08-01 (evt-2022-08-china-suspends-military-channels)',
      'mmca since 2022-08-01 (evt-2022-08-china-suspends-military-channels)',
      'overall since 2022-08-01 (evt-2022-08-china-suspends-military-channels)',
    ]);
  });

  it('derives the chiefs’ channel: unknown, suspended, frozen, open again in December 2023', () => {
    expect(laneOf('chiefs')).toEqual(['2020-01-01 unknown', '2022-08-01 suspended', '2023-10-05 frozen', '2023-12-21 open']);
  });

  it('dates the articles as stated or inferred, never by the page-save date', () => {
    const published = Object.fromEntries(dataset.articles.map((a) => [a.id.slice(0, 3), a.published && `${a.published.date} ${a.published.precision} ${a.published.basis}`]));
    expect(published).toEqual({
      '000': '2020-10-29 day inferred',
      '001': '2023-12-01 month inferred',
      '002': '2023-10-01 month inferred',
      '003': '2023-09-02 day stated',
      '004': '2021-12-01 month inferred',
    });
  });
});
