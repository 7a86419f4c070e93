import { describe, expect, it } from 'vitest';
import { indexDataset, sourceCount } from '../../../src/domain/dataset-index.ts';
import { currentChannelStatuses } from '../../../src/domain/channel-status.ts';
import type { Article, Dataset, Event, StatusInterval } from '../../../src/schema/dataset.ts';
import {
  makeActor,
  makeArticle,
  makeChannel,
  makeEvent,
  makeEvidence,
  makeFixtureDataset,
} from '../../support/dataset-fixture.ts';

const ev = (articleId: string, speakerIds: string[] = []) => makeEvidence({ articleId, quote: 'q', speakerIds });

function dataset(parts: Partial<Dataset>): Dataset {
  return {
    schemaVersion: 1,
    version: '000000000000',
    coverage: { start: '2020-01-01', end: '2025-01-01' },
    articles: [],
    actors: [],
    channels: [],
    events: [],
    statusIntervals: [],
    ...parts,
  };
}

const ids = (list: readonly { id: string }[] | undefined) => list?.map((x) => x.id);

describe('indexDataset', () => {
  const events: Event[] = [
    makeEvent({
      id: 'evt-c',
      date: { start: '2023-11-15', end: '2023-11-15', precision: 'day', basis: 'stated', note: 'n' },
      channelIds: ['mmca'],
      actorIds: ['austin'],
      evidence: [ev('art-2'), ev('art-2')],
    }),
    makeEvent({
      id: 'evt-b',
      date: { start: '2022-08-01', end: '2022-08-31', precision: 'month', basis: 'stated', note: 'n' },
      channelIds: ['mmca', 'dpct'],
      evidence: [ev('art-1', ['wu'])],
    }),
    makeEvent({
      id: 'evt-a',
      date: { start: '2022-08-01', end: '2022-08-31', precision: 'month', basis: 'stated', note: 'n' },
      channelIds: ['dpct'],
      evidence: [ev('art-1'), ev('art-2')],
    }),
    makeEvent({
      id: 'evt-d',
      date: { start: '2022-08-01', end: '2022-08-01', precision: 'day', basis: 'stated', note: 'n' },
      channelIds: ['mmca'],
      evidence: [ev('art-1')],
    }),
  ];
  const index = indexDataset(
    dataset({
      articles: [
        makeArticle({ id: 'art-undated', published: null }),
        makeArticle({ id: 'art-2', published: { date: '2023-11-16', precision: 'day', basis: 'stated', note: 'n' } }),
        makeArticle({ id: 'art-1', published: { date: '2022-08-05', precision: 'day', basis: 'stated', note: 'n' } }),
        makeArticle({ id: 'art-0', published: { date: '2022-08-05', precision: 'month', basis: 'inferred', note: 'n' } }),
      ],
      actors: [makeActor({ id: 'wu', name: 'Wu Qian' }), makeActor({ id: 'austin', name: 'Lloyd Austin' }), makeActor({ id: 'nobody', name: 'A Nobody' })],
      channels: [
        makeChannel({ id: 'mmca', name: 'MMCA', order: 2 }),
        makeChannel({ id: 'dpct', name: 'DPCT', order: 1 }),
        makeChannel({ id: 'quiet', name: 'Quiet', order: 1 }),
      ],
      events,
      statusIntervals: [
        { channelId: 'mmca', status: 'open', start: '2023-11-15', end: '2025-01-01', eventId: 'evt-c', precision: 'day' },
        { channelId: 'mmca', status: 'unknown', start: '2020-01-01', end: '2023-11-15', eventId: null, precision: null },
      ],
    }),
  );

  it('orders events by start day, then end day, then id', () => {
    expect(ids(index.events)).toEqual(['evt-d', 'evt-a', 'evt-b', 'evt-c']);
  });

  it('does not reorder the input', () => {
    expect(ids(index.dataset.events)).toEqual(['evt-c', 'evt-b', 'evt-a', 'evt-d']);
  });

  it('maps every kind of record by id', () => {
    expect(index.eventsById.get('evt-b')?.channelIds).toEqual(['mmca', 'dpct']);
    expect(index.articlesById.get('art-2')?.id).toBe('art-2');
    expect(index.actorsById.get('wu')?.name).toBe('Wu Qian');
    expect(index.channelsById.get('dpct')?.name).toBe('DPCT');
    expect(index.eventsById.has('evt-zzz')).toBe(false);
  });

  it('lists events by channel, chronologically', () => {
    expect(ids(index.eventsByChannel.get('mmca'))).toEqual(['evt-d', 'evt-b', 'evt-c']);
    expect(ids(index.eventsByChannel.get('dpct'))).toEqual(['evt-a', 'evt-b']);
  });

  it('gives every known id an entry, empty when nothing refers to it', () => {
    expect(index.eventsByChannel.get('quiet')).toEqual([]);
    expect(index.eventsByActor.get('nobody')).toEqual([]);
    expect(index.eventsByArticle.get('art-undated')).toEqual([]);
    expect(index.intervalsByChannel.get('dpct')).toEqual([]);
    expect(index.eventsByChannel.has('no-such-channel')).toBe(false);
  });

  it('lists an actor under an event that names them or quotes them as speaker', () => {
    expect(ids(index.eventsByActor.get('austin'))).toEqual(['evt-c']);
    expect(ids(index.eventsByActor.get('wu'))).toEqual(['evt-b']);
  });

  it('lists an event once per article, however many quotes it has there', () => {
    expect(ids(index.eventsByArticle.get('art-2'))).toEqual(['evt-a', 'evt-c']);
    expect(ids(index.eventsByArticle.get('art-1'))).toEqual(['evt-d', 'evt-a', 'evt-b']);
  });

  it('sorts each channel’s intervals by start', () => {
    const lane = index.intervalsByChannel.get('mmca') as StatusInterval[];
    expect(lane.map((s) => s.status)).toEqual(['unknown', 'open']);
  });

  it('puts channels in lane order, ties by id', () => {
    expect(ids(index.channels)).toEqual(['dpct', 'quiet', 'mmca']);
  });

  it('sorts actors by name in code-unit order', () => {
    expect(index.actorsByName.map((a) => a.name)).toEqual(['A Nobody', 'Lloyd Austin', 'Wu Qian']);
  });

  it('sorts articles by publication date, ties by id, undated last', () => {
    expect(ids(index.articlesByDate as Article[])).toEqual(['art-0', 'art-1', 'art-2', 'art-undated']);
  });
});

describe('sourceCount', () => {
  it('counts distinct articles, not quotes', () => {
    expect(sourceCount(makeEvent({ id: 'e', channelIds: ['c'], evidence: [ev('a'), ev('a'), ev('b')] }))).toBe(2);
  });
});

describe('currentChannelStatuses', () => {
  it('gives each channel its last interval and the event that opened it', () => {
    const rows = currentChannelStatuses(indexDataset(makeFixtureDataset()));
    expect(rows.map((r) => [r.channel.id, r.current?.status, r.openedBy?.id ?? null, r.eventCount])).toEqual([
      ['chiefs', 'open', 'evt-chiefs-call', 2],
      ['mmca', 'unknown', null, 0],
    ]);
  });
});
