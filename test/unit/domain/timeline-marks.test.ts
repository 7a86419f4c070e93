import { describe, expect, it } from 'vitest';
import { eventMarkLabel, groupMarkLabel, moveFocus, zoomRangeFor } from '../../../src/domain/timeline-marks.ts';
import { makeEvent, makeEvidence } from '../../support/dataset-fixture.ts';

const evidence = [makeEvidence({ articleId: 'a', quote: 'q' })];

describe('zoomRangeFor', () => {
  it.each([
    ['2022-08-01', '2022-08-31', '2022-07-29', '2022-09-03'],
    ['2021-01-01', '2021-01-01', '2020-12-31', '2021-01-02'],
  ])('%s…%s → %s…%s', (from, to, a, b) => expect(zoomRangeFor(from, to)).toEqual({ from: a, to: b }));
});

describe('mark labels', () => {
  it('names an event by type, date at its precision, lane and summary, and says draft in words', () => {
    expect(eventMarkLabel(makeEvent({ id: 'x', type: 'suspension', channelIds: ['c'], evidence, summary: 'Beijing suspends talks.', date: { start: '2022-08-01', end: '2022-08-31', precision: 'month', basis: 'stated', note: 'n' } }), 'Chiefs')).toBe(
      'Suspension, Aug 2022, Chiefs: Beijing suspends talks.',
    );
    expect(eventMarkLabel(makeEvent({ id: 'x', type: 'call', channelIds: ['c'], evidence, summary: 'A call.', draft: true, date: { start: '2020-11-11', end: '2020-11-20', precision: 'part-month', basis: 'stated', note: 'n' } }), 'MMCA')).toBe(
      'Call, mid-Nov 2020, MMCA: A call. Draft, not yet confirmed.',
    );
  });

  it('names a group by count, lane and days', () => {
    expect(groupMarkLabel({ count: 2, from: '2022-08-01', to: '2023-10-05', drafts: 1 }, 'Chiefs')).toBe(
      '2 events on Chiefs, 1 Aug 2022 – 5 Oct 2023, 1 draft. Activate to zoom in.',
    );
  });
});

describe('moveFocus', () => {
  const lanes = [[{ x: 10 }, { x: 50 }], [], [{ x: 40 }, { x: 90 }]];
  it.each<[string, { lane: number; index: number }, { lane: number; index: number } | null]>([
    ['ArrowRight', { lane: 0, index: 0 }, { lane: 0, index: 1 }],
    ['ArrowRight', { lane: 0, index: 1 }, null],
    ['ArrowLeft', { lane: 0, index: 1 }, { lane: 0, index: 0 }],
    ['ArrowDown', { lane: 0, index: 1 }, { lane: 2, index: 0 }],
    ['ArrowDown', { lane: 2, index: 0 }, null],
    ['ArrowUp', { lane: 2, index: 1 }, { lane: 0, index: 1 }],
    ['End', { lane: 2, index: 0 }, { lane: 2, index: 1 }],
    ['Home', { lane: 2, index: 1 }, { lane: 2, index: 0 }],
    ['a', { lane: 0, index: 0 }, null],
  ])('%s from %j → %j', (key, from, to) => expect(moveFocus(lanes, from, key)).toEqual(to));
});
