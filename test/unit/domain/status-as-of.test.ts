import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset-index.ts';
import { certainFrom, eventSources, intervalOn, statusAsOf } from '../../../src/domain/status-as-of.ts';
import { bandLabel, laneBands } from '../../../src/domain/status-bands.ts';
import { dayNumber } from '../../../src/domain/time-scale.ts';
import type { StatusInterval } from '../../../src/schema/dataset.ts';
import { readCommittedDataset } from '../../support/committed-dataset.ts';
import { makeArticle, makeEvent, makeEvidence, makeFixtureDataset } from '../../support/dataset-fixture.ts';

const interval = (start: string, end: string, precision: StatusInterval['precision'], status: StatusInterval['status'] = 'suspended', eventId: string | null = 'e'): StatusInterval => ({
  channelId: 'c',
  status,
  start,
  end,
  eventId,
  precision,
});
const evidence = [makeEvidence({ articleId: 'a', quote: 'q' })];
const opener = (start: string, end: string) => makeEvent({ id: 'e', channelIds: ['c'], evidence, date: { start, end, precision: 'range', basis: 'stated', note: 'n' } });

describe('certainFrom: where a fuzzy leading edge ends', () => {
  it.each<[string, StatusInterval, ReturnType<typeof opener> | undefined, string]>([
    ['day', interval('2023-10-05', '2023-12-21', 'day'), undefined, '2023-10-05'],
    ['leading unknown', interval('2020-01-01', '2022-08-01', null, 'unknown', null), undefined, '2020-01-01'],
    ['month', interval('2022-08-01', '2023-12-21', 'month'), undefined, '2022-09-01'],
    ['year', interval('2021-01-01', '2023-01-01', 'year'), undefined, '2022-01-01'],
    ['range, opened as the event began', interval('2020-10-28', '2024-01-01', 'range'), opener('2020-10-28', '2020-10-29'), '2020-10-30'],
    ['part-month without its event', interval('2020-11-11', '2024-01-01', 'part-month'), undefined, '2020-11-21'],
    ['never past the interval end', interval('2023-11-01', '2023-11-10', 'month'), undefined, '2023-11-10'],
  ])('%s', (_name, it_, event, expected) => expect(certainFrom(it_, event)).toBe(expected));
});

describe('intervalOn', () => {
  const lane = [interval('2020-01-01', '2022-08-01', null, 'unknown', null), interval('2022-08-01', '2023-10-05', 'month'), interval('2023-10-05', '2024-01-01', 'day', 'frozen')];
  it.each([
    ['2019-12-31', undefined],
    ['2020-01-01', 'unknown'],
    ['2022-07-31', 'unknown'],
    ['2022-08-01', 'suspended'],
    ['2023-10-05', 'frozen'],
    ['2023-12-31', 'frozen'],
    ['2024-01-01', undefined],
  ])('on %s → %s', (day, status) => expect(intervalOn(lane, day)?.status).toBe(status));
});

describe('eventSources', () => {
  it('lists each article once, in order of its first quote, with its reporting and speakers', () => {
    const event = makeEvent({
      id: 'e',
      channelIds: ['c'],
      evidence: [
        makeEvidence({ articleId: 'b', quote: 'x', reporting: 'recalled' }),
        makeEvidence({ articleId: 'a', quote: 'y', speakerIds: ['wu-qian'] }),
        makeEvidence({ articleId: 'b', quote: 'z', reporting: 'reported', speakerIds: ['ratner'] }),
      ],
    });
    const articles = new Map(['a', 'b'].map((id) => [id, makeArticle({ id })]));
    expect(eventSources(event, articles).map((s) => [s.article.id, s.evidenceIndex, s.quoteCount, s.reporting, s.speakerIds])).toEqual([
      ['b', 0, 2, ['recalled', 'reported'], ['ratner']],
      ['a', 1, 1, ['reported'], ['wu-qian']],
    ]);
  });
});

describe('statusAsOf on the committed data', () => {
  const index = indexDataset(readCommittedDataset());
  it('answers "which channels were suspended on 1 January 2023, since when, and says who?"', () => {
    const rows = statusAsOf(index, '2023-01-01').filter((r) => r.interval?.status === 'suspended');
    expect(rows.map((r) => [r.channel.shortName, r.since, r.event?.id, r.sources.map((s) => s.article.id)])).toEqual(
      ['Chiefs', 'Theater commanders', 'DPCT', 'MMCA', 'Overall'].map((name) => [
        name,
        'Aug 2022',
        'evt-2022-08-china-suspends-military-channels',
        ['001-20d88a0b9a200e20', '002-f6827184a85c8d0d', '003-209ec3550312bc1b'],
      ]),
    );
  });

  it('gives every channel a row, unknown before its first evidence, and can be limited to some channels', () => {
    const rows = statusAsOf(index, '2020-06-01');
    expect(rows).toHaveLength(index.channels.length);
    expect(new Set(rows.map((r) => r.interval?.status))).toEqual(new Set(['unknown']));
    expect(rows.every((r) => r.since === null && r.event === undefined)).toBe(true);
    expect(statusAsOf(index, '2023-01-01', ['mmca', 'leaders']).map((r) => [r.channel.id, r.interval?.status, r.since])).toEqual([
      ['leaders', 'open', 'Nov 2021'],
      ['mmca', 'suspended', 'Aug 2022'],
    ]);
  });
});

describe('laneBands', () => {
  const { events } = makeFixtureDataset();
  const eventsById = new Map(events.map((e) => [e.id, e]));
  const lane = makeFixtureDataset().statusIntervals.filter((i) => i.channelId === 'chiefs');
  const view = { start: dayNumber('2022-01-01'), end: dayNumber('2025-01-01'), width: 1096 }; // 1 px per day

  it('draws each interval with a hatched leading edge as long as its start is uncertain', () => {
    const bands = laneBands('Chiefs', lane, eventsById, view);
    expect(bands.map((b) => [b.status, Math.round(b.x0), Math.round(b.certainX), Math.round(b.x1)])).toEqual([
      ['unknown', 0, 0, 212],
      ['suspended', 212, 243, 719], // Aug 2022: uncertain for the 31 days of August
      ['open', 719, 719, 1096], // 21 Dec 2023: known to the day
    ]);
    expect(bands[1]!.label).toBe("Chiefs: suspended from Aug 2022 until 21 Dec 2023, set by: Beijing severs military communication channels with Washington.");
  });

  it('clips to the view, and merges runs of changes too narrow to draw into one "mixed" band', () => {
    const narrow = { start: dayNumber('2022-06-01'), end: dayNumber('2022-09-01'), width: 92 };
    expect(laneBands('Chiefs', lane, eventsById, narrow).map((b) => [b.status, Math.round(b.x0), Math.round(b.x1)])).toEqual([
      ['unknown', 0, 61],
      ['suspended', 61, 92],
    ]);
    const many: StatusInterval[] = Array.from({ length: 40 }, (_, i) => interval(`2023-01-${String(i % 28 + 1).padStart(2, '0')}`, '', 'day', i % 2 ? 'open' : 'suspended'))
      .slice(0, 28)
      .map((x, i, all) => ({ ...x, end: all[i + 1]?.start ?? '2023-01-29' }));
    const wide = { start: dayNumber('2020-01-01'), end: dayNumber('2030-01-01'), width: 1000 };
    const bands = laneBands('X', many, new Map(), wide);
    expect(bands.map((b) => b.status)).toEqual(['mixed']);
    expect(bands[0]!.label).toBe('X: several status changes, too close to show at this zoom; zoom in to see them.');
  });

  it('labels the leading unknown and the last interval', () => {
    expect(bandLabel('MMCA', interval('2020-01-01', '2020-10-29', null, 'unknown', null), interval('2020-10-29', '2024-01-01', 'day', 'proposed'), undefined)).toBe(
      'MMCA: unknown until 29 Oct 2020, no evidence yet.',
    );
    expect(bandLabel('MMCA', interval('2023-12-21', '2024-01-01', 'day', 'proposed', null), undefined, undefined)).toBe(
      'MMCA: proposed until the end of the data (31 Dec 2023)',
    );
  });
});
