import type { Day, Event } from '../schema/dataset.ts';
import { countLabel, eventTypeLabel } from './labels.ts';
import { formatDayRange, formatEventDate } from './partial-date.ts';
import { dayFromNumber, dayNumber } from './time-scale.ts';

/** The visible stretch of time, [start, end) in day numbers, drawn `width` pixels wide. */
export type TimeView = { start: number; end: number; width: number };

/** Day number → pixels from the left edge of the plot. */
export const toPixel = (view: TimeView, value: number): number => ((value - view.start) / (view.end - view.start)) * view.width;
/** Pixels from the left edge of the plot → day number (fractional). */
export const fromPixel = (view: TimeView, px: number): number => view.start + (px / view.width) * (view.end - view.start);

type MarkBase = {
  key: string;
  /** Centre of the mark, px from the plot's left edge. */
  x: number;
  /** The span of days it stands for, px, clipped to the plot. */
  x0: number;
  x1: number;
};
/** One event: drawn at the centre of its date span, with the span itself when it is wider than a day. */
export type EventMark = MarkBase & { kind: 'event'; event: Event };
/** Events too close to tell apart at this zoom: drawn as one mark with the count; activating it zooms in. */
export type GroupMark = MarkBase & { kind: 'group'; events: readonly Event[]; from: Day; to: Day; drafts: number };
export type LaneMark = EventMark | GroupMark;

export type GroupOptions = {
  /** Marks whose centres are closer than this (px) join one group. */
  gap: number;
  /** A group never spans more than this (px), so a dense lane reads as a row of counts, not one blob. */
  maxExtent: number;
};

const DEFAULT_GROUPING: GroupOptions = { gap: 16, maxExtent: 64 };

type Placed = { event: Event; x: number; x0: number; x1: number };

/** A lane's events in the view, at the pixel of their span's centre, left to right. */
function placeEvents(events: readonly Event[], view: TimeView): Placed[] {
  const placed: Placed[] = [];
  for (const event of events) {
    const s = Math.max(dayNumber(event.date.start), view.start);
    const e = Math.min(dayNumber(event.date.end) + 1, view.end);
    if (e <= s) continue; // outside the view
    placed.push({ event, x: toPixel(view, (s + e) / 2), x0: toPixel(view, s), x1: toPixel(view, e) });
  }
  // Chronological input is nearly in this order already (only spans reorder), so this is cheap.
  return placed.sort((a, b) => a.x - b.x || (a.event.id < b.event.id ? -1 : 1));
}

function groupPlaced(placed: readonly Placed[], options: GroupOptions): LaneMark[] {
  const marks: LaneMark[] = [];
  let run: Placed[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const first = run[0]!;
    if (run.length === 1) {
      marks.push({ kind: 'event', key: first.event.id, event: first.event, x: first.x, x0: first.x0, x1: first.x1 });
    } else {
      const from = run.reduce((m, p) => (p.event.date.start < m ? p.event.date.start : m), first.event.date.start);
      const to = run.reduce((m, p) => (p.event.date.end > m ? p.event.date.end : m), first.event.date.end);
      const last = run[run.length - 1]!;
      marks.push({
        kind: 'group',
        // Keyed by its first event, not its size: a group that grows or shrinks with a filter
        // change is the same mark, updated in place rather than redrawn.
        key: `group-${first.event.id}`,
        events: run.map((p) => p.event),
        from,
        to,
        drafts: run.filter((p) => p.event.draft).length,
        x: (first.x + last.x) / 2,
        x0: first.x,
        x1: last.x,
      });
    }
    run = [];
  };
  for (const p of placed) {
    const first = run[0];
    const last = run[run.length - 1];
    if (first && last && (p.x - last.x >= options.gap || p.x - first.x > options.maxExtent)) flush();
    run.push(p);
  }
  flush();
  return marks;
}

/**
 * One lane's marks at one zoom. Each event sits at the centre of its date span (a month-
 * precision event mid-month, with the whole month drawn), clipped to the view. Events whose
 * centres fall within `gap` px of the previous one join its group, up to `maxExtent` px;
 * the output size is therefore bounded by the plot width, never by the number of events
 * (50,000 events on a 1,000 px lane give at most ~63 marks).
 *
 *   view 2020–2024 over 800 px; events 2022-08 (month), 2022-08-10, 2023-12-21
 *   → a group of 2 (Aug 2022) · one event (21 Dec 2023)
 */
export function groupLaneMarks(events: readonly Event[], view: TimeView, options: GroupOptions = DEFAULT_GROUPING): LaneMark[] {
  return groupPlaced(placeEvents(events, view), options);
}

/**
 * Every lane's marks, within `maxMarks` for the whole chart. Each lane is bounded by its width
 * alone, so forty busy lanes could still draw thousands of marks (and SVG slows past about a
 * thousand); when they would exceed the budget, all lanes are grouped coarser together (the
 * gap and extent grow by the same factor) until they fit. Lanes keep one common scale, so a
 * group means the same thing in every lane.
 *
 *   40 lanes × 70 marks, maxMarks 1,000 → gap 16 px grows until the total is ≤ 1,000
 */
export function groupChartMarks(lanes: readonly (readonly Event[])[], view: TimeView, maxMarks: number, options: GroupOptions = DEFAULT_GROUPING): LaneMark[][] {
  const placed = lanes.map((events) => placeEvents(events, view));
  let scale = 1;
  for (;;) {
    const opts = { gap: options.gap * scale, maxExtent: options.maxExtent * scale };
    const marks = placed.map((p) => groupPlaced(p, opts));
    const total = marks.reduce((n, m) => n + m.length, 0);
    // A gap as wide as the plot leaves one mark per lane: nothing coarser is possible.
    if (total <= maxMarks || opts.gap >= view.width) return marks;
    scale *= Math.max(1.25, Math.min(4, total / maxMarks));
  }
}

/**
 * The range to zoom to when a group is opened: its days, padded by a tenth on each side (at
 * least a day), so its marks do not sit on the plot's edges.
 *
 *   from 2022-08-01 to 2022-08-31 → 2022-07-29 … 2022-09-03
 */
export function zoomRangeFor(from: Day, to: Day): { from: Day; to: Day } {
  const a = dayNumber(from);
  const b = dayNumber(to);
  const pad = Math.max(1, Math.round((b - a + 1) / 10));
  return { from: dayFromNumber(a - pad), to: dayFromNumber(b + pad) };
}

/**
 * The accessible name of an event mark, which the tooltip repeats: type, date at its
 * precision, lane, summary, and whether it is a draft.
 *
 *   → "Suspension, Aug 2022, Chiefs: Beijing suspends military channels."
 *   → "Call, 20 Oct 2020, Working level: OIMC and DoD officials talk by phone. Draft, not yet confirmed."
 */
export function eventMarkLabel(event: Event, laneName: string): string {
  const draft = event.draft ? ' Draft, not yet confirmed.' : '';
  return `${eventTypeLabel[event.type]}, ${formatEventDate(event.date)}, ${laneName}: ${event.summary}${draft}`;
}

/**
 * The accessible name of a group mark.
 *
 *   → "3 events on Chiefs, 1 Aug 2022 – 5 Oct 2023, 1 draft. Activate to zoom in."
 */
export function groupMarkLabel(group: Pick<GroupMark, 'events' | 'from' | 'to' | 'drafts'>, laneName: string): string {
  const drafts = group.drafts > 0 ? `, ${countLabel(group.drafts, 'draft')}` : '';
  return `${countLabel(group.events.length, 'event')} on ${laneName}, ${formatDayRange(group.from, group.to)}${drafts}. Activate to zoom in.`;
}

export type MarkPosition = { lane: number; index: number };

/**
 * Roving focus over the chart's marks, as a grid: Left/Right move along a lane, Up/Down to the
 * nearest mark (by x) in the next lane that has marks, Home/End to the lane's ends. Returns
 * null for any other key, or when there is nowhere to go.
 *
 *   lanes [[x 10, x 50], [], [x 40]]; at (0, 1) ArrowDown → (2, 0)
 */
export function moveFocus(lanes: readonly (readonly { x: number }[])[], at: MarkPosition, key: string): MarkPosition | null {
  const lane = lanes[at.lane];
  if (!lane) return null;
  switch (key) {
    case 'ArrowRight':
      return at.index + 1 < lane.length ? { lane: at.lane, index: at.index + 1 } : null;
    case 'ArrowLeft':
      return at.index > 0 ? { lane: at.lane, index: at.index - 1 } : null;
    case 'Home':
      return lane.length > 0 ? { lane: at.lane, index: 0 } : null;
    case 'End':
      return lane.length > 0 ? { lane: at.lane, index: lane.length - 1 } : null;
    case 'ArrowDown':
    case 'ArrowUp': {
      const x = lane[at.index]?.x ?? 0;
      const step = key === 'ArrowDown' ? 1 : -1;
      for (let l = at.lane + step; l >= 0 && l < lanes.length; l += step) {
        const marks = lanes[l]!;
        if (marks.length === 0) continue;
        let best = 0;
        for (let i = 1; i < marks.length; i++) if (Math.abs(marks[i]!.x - x) < Math.abs(marks[best]!.x - x)) best = i;
        return { lane: l, index: best };
      }
      return null;
    }
    default:
      return null;
  }
}
