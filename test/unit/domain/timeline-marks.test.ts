import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../src/domain/time-scale.ts';
import { eventMarkLabel, groupChartMarks, groupLaneMarks, groupMarkLabel, moveFocus, zoomRangeFor, type TimeView } from '../../../src/domain/timeline-marks.ts';
import type { Event } from '../../../src/schema/dataset.ts';
import { makeEvent, makeEvidence } from '../../support/dataset-fixture.ts';

const evidence = [makeEvidence({ articleId: 'a', quote: 'q' })];
const at = (id: string, start: string, end = start, precision: Event['date']['precision'] = start === end ? 'day' : 'month', draft = false) =>
  makeEvent({ id, channelIds: ['c'], evidence, draft, date: { start, end, precision, basis: 'stated', note: 'n' } });
// 2020–2023 over 1461 px: one pixel per day, so positions are easy to read.
const view: TimeView = { start: dayNumber('2020-01-01'), end: dayNumber('2024-01-01'), width: 1461 };
const px = (day: string) => dayNumber(day) - view.start;

describe('groupLaneMarks', () => {
  it('places a day event at the middle of its day, and a month event at the middle of its month, spanning it', () => {
    const r = (n: number) => Math.round(n * 1e6) / 1e6;
    const marks = groupLaneMarks([at('d', '2020-03-01'), at('m', '2022-08-01', '2022-08-31')], view);
    expect(marks.map((m) => [m.kind, m.key, r(m.x), r(m.x0), r(m.x1)])).toEqual([
      ['event', 'd', px('2020-03-01') + 0.5, px('2020-03-01'), px('2020-03-02')],
      ['event', 'm', px('2022-08-01') + 15.5, px('2022-08-01'), px('2022-09-01')],
    ]);
  });

  it('groups marks closer than the gap and keeps the others apart', () => {
    const marks = groupLaneMarks([at('a', '2021-01-01'), at('b', '2021-01-10'), at('c', '2021-01-20', '2021-01-20', 'day', true), at('d', '2021-06-01')], view);
    expect(marks.map((m) => (m.kind === 'group' ? `group ${m.events.map((e) => e.id).join('+')} ${m.from}…${m.to} drafts ${m.drafts}` : `event ${m.key}`))).toEqual([
      'group a+b+c 2021-01-01…2021-01-20 drafts 1',
      'event d',
    ]);
  });

  it('never draws more marks than the width allows, however many events there are', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => {
      const d = new Date(Date.UTC(2020, 0, 1) + (i % 1461) * 86_400_000).toISOString().slice(0, 10);
      return at(`e${String(i).padStart(5, '0')}`, d);
    });
    const marks = groupLaneMarks(many, { ...view, width: 1000 });
    expect(marks.length).toBeLessThanOrEqual(1000 / 16 + 1);
    expect(marks.reduce((n, m) => n + (m.kind === 'group' ? m.events.length : 1), 0)).toBe(50_000);
  });

  it('opens a group when zoomed in', () => {
    const events = [at('a', '2021-01-01'), at('b', '2021-01-10')];
    expect(groupLaneMarks(events, view).map((m) => m.kind)).toEqual(['group']);
    const zoomed = { start: dayNumber('2020-12-25'), end: dayNumber('2021-01-15'), width: 1000 };
    expect(groupLaneMarks(events, zoomed).map((m) => m.key)).toEqual(['a', 'b']);
  });

  it('leaves out events outside the view and clips spans to it', () => {
    const marks = groupLaneMarks([at('old', '2019-05-01'), at('year', '2019-07-01', '2020-06-30', 'range')], view);
    expect(marks.map((m) => [m.key, m.x0, m.x1])).toEqual([['year', 0, px('2020-07-01')]]);
  });
});

describe('groupChartMarks', () => {
  // Events `step` days apart over 2020–2023.
  const spaced = (prefix: string, n: number, step: number) =>
    Array.from({ length: n }, (_, i) => at(`${prefix}${String(i).padStart(5, '0')}`, new Date(Date.UTC(2020, 0, 1) + ((i * step) % 1461) * 86_400_000).toISOString().slice(0, 10)));
  const wide = { ...view, width: 1200 };

  it('leaves the lanes as groupLaneMarks draws them when they fit the budget', () => {
    const lanes = [spaced('a', 30, 7), spaced('b', 5, 7)];
    expect(groupChartMarks(lanes, wide, 1_000)).toEqual(lanes.map((l) => groupLaneMarks(l, wide)));
  });

  it('groups forty busy lanes coarser until the whole chart fits the budget, losing no event', () => {
    // An event every 21 days is ~17 px apart at this width: each lane draws ~70 single marks.
    const lanes = Array.from({ length: 40 }, (_, l) => spaced(`l${l}-`, 69, 21));
    const alone = lanes.reduce((n, l) => n + groupLaneMarks(l, wide).length, 0);
    expect(alone).toBeGreaterThan(2_000);
    const marks = groupChartMarks(lanes, wide, 1_000);
    expect(marks.reduce((n, m) => n + m.length, 0)).toBeLessThanOrEqual(1_000);
    marks.forEach((lane, l) => expect(lane.reduce((n, m) => n + (m.kind === 'group' ? m.events.length : 1), 0)).toBe(lanes[l]!.length));
  });

  it('stops at one mark per lane when even that exceeds the budget', () => {
    const lanes = Array.from({ length: 5 }, (_, l) => spaced(`l${l}-`, 200, 7));
    expect(groupChartMarks(lanes, wide, 2).map((m) => m.length)).toEqual([1, 1, 1, 1, 1]);
  });
});

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
    expect(groupMarkLabel({ events: [at('a', '2022-08-01'), at('b', '2023-10-05')], from: '2022-08-01', to: '2023-10-05', drafts: 1 }, 'Chiefs')).toBe(
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
