import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../src/domain/time-scale.ts';
import { chartBinWidth, groupChartMarks, placeLane } from '../../../src/domain/chart-marks.ts';
import type { LaneMark, TimeView } from '../../../src/domain/timeline-marks.ts';
import type { Event } from '../../../src/schema/dataset.ts';
import { makeEvent, makeEvidence } from '../../support/dataset-fixture.ts';

const evidence = [makeEvidence({ articleId: 'a', quote: 'q' })];
const at = (id: string, start: string, end = start, precision: Event['date']['precision'] = start === end ? 'day' : 'month', draft = false) =>
  makeEvent({ id, channelIds: ['c'], evidence, draft, date: { start, end, precision, basis: 'stated', note: 'n' } });
// 2020–2023 over 1461 px: one pixel per day, so positions are easy to read.
const view: TimeView = { start: dayNumber('2020-01-01'), end: dayNumber('2024-01-01'), width: 1461 };
const px = (day: string) => dayNumber(day) - view.start;
/** One lane drawn on its own, every event visible: grouped only where marks would touch. */
const groupLaneMarks = (events: readonly Event[], v: TimeView) => groupChartMarks(events, [placeLane(events, Int32Array.from(events.keys()), v)], null, v, Infinity, null)[0]!;

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

describe('groupLaneMarks agrees with a plain reference', () => {
  // The grouping as first written: an object per event, a comparison sort, then runs.
  const reference = (events: readonly Event[], v: TimeView, gap = 16, maxExtent = 64) => {
    const toPx = (d: number) => ((d - v.start) / (v.end - v.start)) * v.width;
    const placed = events
      .map((event, i) => {
        const s = Math.max(dayNumber(event.date.start), v.start);
        const e = Math.min(dayNumber(event.date.end) + 1, v.end);
        return { event, i, s, e, x: toPx((s + e) / 2) };
      })
      .filter((p) => p.e > p.s)
      .sort((a, b) => a.x - b.x || a.i - b.i);
    const runs: (typeof placed)[] = [];
    for (const p of placed) {
      const run = runs[runs.length - 1];
      if (run && p.x - run[run.length - 1]!.x < gap && p.x - run[0]!.x <= maxExtent) run.push(p);
      else runs.push([p]);
    }
    return runs.map((run) => (run.length === 1 ? run[0]!.event.id : run.map((p) => p.event.id)));
  };
  // Half the days from a ten-day stretch, so many events share a pixel and ties are tested.
  const day = fc.oneof(fc.integer({ min: 0, max: 1600 }), fc.integer({ min: 400, max: 410 })).map((n) => new Date(Date.UTC(2019, 9, 1) + n * 86_400_000).toISOString().slice(0, 10));
  const events = fc
    .array(fc.tuple(day, fc.integer({ min: 0, max: 60 })), { maxLength: 120 })
    .map((xs) => xs.map(([start, len], i) => at(`e${i}`, start, new Date(Date.parse(start) + len * 86_400_000).toISOString().slice(0, 10))));

  it('for any events and zoom, the same marks in the same order', () => {
    fc.assert(
      fc.property(events, fc.integer({ min: 0, max: 1200 }), fc.integer({ min: 20, max: 1500 }), fc.integer({ min: 100, max: 2000 }), (evs, from, days, width) => {
        const v: TimeView = { start: view.start + from - 100, end: view.start + from - 100 + days, width };
        const got = groupLaneMarks(evs, v).map((m) => (m.kind === 'event' ? m.event.id : m.events.map((e) => e.id)));
        expect(got).toEqual(reference(evs, v));
      }),
      { numRuns: 300 },
    );
  });
});

describe('chartBinWidth and groupChartMarks', () => {
  // Events `step` days apart over 2020–2023; every seventh a 20-day span, every fifth a draft.
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const spaced = (prefix: string, n: number, step: number) =>
    Array.from({ length: n }, (_, i) => {
      const start = Date.UTC(2020, 0, 1) + ((i * step) % 1400) * 86_400_000;
      return at(`${prefix}${String(i).padStart(5, '0')}`, iso(start), iso(start + (i % 7 === 0 ? 20 : 0) * 86_400_000), undefined, i % 5 === 0);
    });
  const wide = { ...view, width: 1200 };
  const total = (marks: readonly (readonly unknown[])[]) => marks.reduce((n, m) => n + m.length, 0);
  // The chart's way in: all lanes' events in one list, each lane its positions in it, placed once per zoom.
  const chart = (lanes: readonly Event[][], v: TimeView) => {
    const events = lanes.flat();
    let at = 0;
    const placed = lanes.map((lane) => placeLane(events, Int32Array.from(lane, () => at++), v));
    return { events, placed };
  };
  const marksOf = (lanes: readonly Event[][], v: TimeView, max: number, width: number | null, keep?: (e: Event) => boolean) => {
    const { events, placed } = chart(lanes, v);
    return groupChartMarks(events, placed, keep ? Uint8Array.from(events, (e) => (keep(e) ? 1 : 0)) : null, v, max, width);
  };
  const binWidthOf = (lanes: readonly Event[][], v: TimeView, max: number) => chartBinWidth(chart(lanes, v).placed, v.width, max);
  const drawn = (lane: readonly LaneMark[]) => lane.reduce((n, m) => n + (m.kind === 'group' ? m.events.length : 1), 0);
  // An event every 21 days is ~17 px apart at this width: each lane alone draws ~70 single marks.
  const busy = Array.from({ length: 40 }, (_, l) => spaced(`l${l}-`, 69, 21));

  it('draws every event, grouped only where marks touch, while the events in view fit the budget', () => {
    const lanes = [spaced('a', 30, 7), spaced('b', 5, 7)];
    expect(binWidthOf(lanes, wide, 1_000)).toBeNull();
    expect(marksOf(lanes, wide, 1_000, null)).toEqual(lanes.map((l) => groupLaneMarks(l, wide)));
  });

  it('bins forty busy lanes so that the whole chart fits the budget, losing no event', () => {
    expect(total(busy.map((l) => groupLaneMarks(l, wide)))).toBeGreaterThan(2_000);
    const width = binWidthOf(busy, wide, 1_000);
    expect(width).not.toBeNull();
    const marks = marksOf(busy, wide, 1_000, width);
    expect(total(marks)).toBeLessThanOrEqual(1_000);
    marks.forEach((lane, l) => expect(drawn(lane)).toBe(busy[l]!.length));
    // Each bin's count, dates and drafts agree with the events it lists (in lane order).
    for (const m of marks.flat()) {
      if (m.kind !== 'group') continue;
      expect(m.count).toBe(m.events.length);
      expect(m.from).toBe(m.events.map((e) => e.date.start).sort()[0]);
      expect(m.to).toBe(m.events.map((e) => e.date.end).sort().at(-1));
      expect(m.drafts).toBe(m.events.filter((e) => e.draft).length);
    }
    // The narrowest width that fits: one step narrower would not.
    expect(total(marksOf(busy, wide, 1_000, width! * (2 / 3)))).toBeGreaterThan(1_000);
  });

  it('keeps the bins in place for any filtered subset: the same keys at the same places, within budget', () => {
    const width = binWidthOf(busy, wide, 1_000)!;
    const full = new Map(marksOf(busy, wide, 1_000, width).flat().filter((m) => m.kind === 'group').map((m) => [m.key, m.x]));
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 0, max: 4 }), (every, offset) => {
        const keep = (e: Event) => Number(e.id.slice(-5)) % every !== offset % every;
        const marks = marksOf(busy, wide, 1_000, width, keep);
        marks.forEach((lane, l) => expect(drawn(lane)).toBe(busy[l]!.filter(keep).length));
        expect(total(marks)).toBeLessThanOrEqual(1_000);
        for (const m of marks.flat()) if (m.kind === 'group') expect(full.get(m.key)).toBe(m.x);
      }),
      { numRuns: 20 },
    );
  });

  it('flags exactly the marks that hold the selected event, grouped or binned, and none when it is filtered out', () => {
    const lanes = [...busy.slice(0, 3), spaced('few', 12, 90)];
    const events = lanes.flat();
    const { placed } = chart(lanes, wide);
    const holds = (m: LaneMark, id: string) => (m.kind === 'event' ? m.event.id === id : m.events.some((e) => e.id === id));
    fc.assert(
      fc.property(fc.nat(events.length - 1), fc.boolean(), fc.integer({ min: 2, max: 4 }), (selected, binned, every) => {
        const keep = Uint8Array.from(events, (_, i) => (i % every === 0 ? 0 : 1));
        const width = binned ? chartBinWidth(placed, wide.width, 50) : null;
        const marks = groupChartMarks(events, placed, keep, wide, 50, width, selected).flat();
        const id = events[selected]!.id;
        expect(marks.filter((m) => m.selected).map((m) => m.key)).toEqual(marks.filter((m) => holds(m, id)).map((m) => m.key));
        expect(marks.filter((m) => m.selected)).toHaveLength(keep[selected]!);
      }),
      { numRuns: 60 },
    );
    expect(marksOf(lanes, wide, 50, null).flat().some((m) => m.selected)).toBe(false);
  });

  it('stops at one bin per lane when even that exceeds the budget', () => {
    const lanes = Array.from({ length: 5 }, (_, l) => spaced(`l${l}-`, 200, 7));
    const width = binWidthOf(lanes, wide, 2);
    expect(width).toBeGreaterThanOrEqual(wide.width);
    expect(marksOf(lanes, wide, 2, width).map((m) => m.length)).toEqual([1, 1, 1, 1, 1]);
  });
});

