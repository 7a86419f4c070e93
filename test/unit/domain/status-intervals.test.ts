import { describe, expect, it } from 'vitest';
import { deriveStatusIntervals, statusOn } from '../../../src/domain/status-intervals.ts';
import type { Channel, Event } from '../../../src/schema/dataset.ts';

const channel = (id: string): Channel => ({
  id,
  name: id,
  shortName: id,
  description: 'd',
  mechanism: 'm',
  us: { offices: ['x'], actorIds: [] },
  prc: { offices: ['y'], actorIds: [] },
  order: 0,
});

const event = (
  id: string,
  start: string,
  effects: [channelId: string, status: 'open' | 'suspended' | 'proposed' | 'frozen', effective?: string][],
  precision: Event['date']['precision'] = 'day',
): Event => ({
  id,
  type: 'statement',
  date: { start, end: start, precision, basis: 'stated', note: 'n' },
  channelIds: [...new Set(effects.map((e) => e[0]))],
  actorIds: [],
  summary: 's',
  statusEffects: effects.map(([channelId, status, effective]) => ({ channelId, status, effective: effective ?? start, precision: effective ? 'day' : precision })),
  evidence: [{ articleId: 'a', quote: 'q', paragraph: 0, start: 0, end: 1, reporting: 'reported', speakerIds: [] }],
  notes: [],
  draft: false,
});

const coverage = { start: '2020-01-01', end: '2025-01-01' };
const lane = (events: Event[], id = 'mmca') =>
  deriveStatusIntervals([channel(id)], events, coverage).map((i) => [i.start, i.end, i.status, i.eventId]);

describe('deriveStatusIntervals', () => {
  it('gives one unknown interval when there is no evidence', () => {
    expect(lane([])).toEqual([['2020-01-01', '2025-01-01', 'unknown', null]]);
  });

  it('starts unknown until the first evidence, mid-range', () => {
    expect(lane([event('e1', '2022-08-01', [['mmca', 'suspended']])])).toEqual([
      ['2020-01-01', '2022-08-01', 'unknown', null],
      ['2022-08-01', '2025-01-01', 'suspended', 'e1'],
    ]);
  });

  it('keeps the first event as the opener of a repeated status', () => {
    expect(lane([event('e1', '2021-01-01', [['mmca', 'open']]), event('e2', '2022-01-01', [['mmca', 'open']])])).toEqual([
      ['2020-01-01', '2021-01-01', 'unknown', null],
      ['2021-01-01', '2025-01-01', 'open', 'e1'],
    ]);
  });

  it('orders same-day effects by event id, the last one winning', () => {
    const out = lane([event('e2', '2021-05-05', [['mmca', 'open']]), event('e1', '2021-05-05', [['mmca', 'suspended']])]);
    expect(out).toEqual([
      ['2020-01-01', '2021-05-05', 'unknown', null],
      ['2021-05-05', '2025-01-01', 'open', 'e2'],
    ]);
  });

  it('merges with the previous interval when a same-day effect restores its status', () => {
    const out = lane([
      event('e1', '2021-01-01', [['mmca', 'open']]),
      event('e2', '2021-06-01', [['mmca', 'suspended']]),
      event('e3', '2021-06-01', [['mmca', 'open']]),
    ]);
    expect(out).toEqual([
      ['2020-01-01', '2021-01-01', 'unknown', null],
      ['2021-01-01', '2025-01-01', 'open', 'e1'],
    ]);
  });

  it('uses the effective day of an effect, not the event date (a plan is proposed when announced)', () => {
    const out = lane([event('e1', '2022-01-01', [['mmca', 'proposed', '2021-12-01']])]);
    expect(out[1]).toEqual(['2021-12-01', '2025-01-01', 'proposed', 'e1']);
  });

  it('clips effects before the coverage to its start and drops those after its end', () => {
    const out = lane([event('e0', '2019-06-01', [['mmca', 'open']]), event('e9', '2026-01-01', [['mmca', 'frozen']])]);
    expect(out).toEqual([['2020-01-01', '2025-01-01', 'open', 'e0']]);
  });

  it('keeps the precision of the opening effect for display', () => {
    const [, interval] = deriveStatusIntervals([channel('mmca')], [event('e1', '2022-08-01', [['mmca', 'suspended']], 'month')], coverage);
    expect(interval?.precision).toBe('month');
    // An explicit effective day is as precise as a day, whatever the event's own date.
    const [, planned] = deriveStatusIntervals([channel('mmca')], [event('e2', '2022-01-01', [['mmca', 'proposed', '2021-12-01']], 'part-month')], coverage);
    expect(planned?.precision).toBe('day');
  });

  it('derives each channel only from its own effects', () => {
    const events = [event('e1', '2021-01-01', [['dpct', 'open'], ['mmca', 'frozen']])];
    const out = deriveStatusIntervals([channel('dpct'), channel('mmca')], events, coverage);
    expect(out.map((i) => `${i.channelId}:${i.status}`)).toEqual(['dpct:unknown', 'dpct:open', 'mmca:unknown', 'mmca:frozen']);
  });
});

describe('statusOn', () => {
  const intervals = deriveStatusIntervals([channel('mmca')], [event('e1', '2022-08-01', [['mmca', 'suspended']])], coverage);
  it.each([
    ['2022-07-31', 'unknown'],
    ['2022-08-01', 'suspended'],
    ['2024-12-31', 'suspended'],
    ['2025-01-01', undefined],
    ['2019-12-31', undefined],
  ])('on %s is %s', (day, status) => {
    expect(statusOn(intervals, 'mmca', day)?.status).toBe(status);
  });
});
