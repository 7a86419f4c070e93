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
  /** Whether it holds the selected event (worked out while grouping, so a busy group's events need not be listed to know). */
  selected: boolean;
};
/** One event: drawn at the centre of its date span, with the span itself when it is wider than a day. */
export type EventMark = MarkBase & { kind: 'event'; event: Event };
/**
 * Events too close to tell apart at this zoom: drawn as one mark with the count; activating it
 * zooms in. `events` (chronological) may be worked out only when first read: a busy chart has
 * tens of thousands of events in its groups and needs only their count to draw them.
 */
export type GroupMark = MarkBase & { kind: 'group'; count: number; readonly events: readonly Event[]; from: Day; to: Day; drafts: number };
export type LaneMark = EventMark | GroupMark;


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
export function groupMarkLabel(group: Pick<GroupMark, 'count' | 'from' | 'to' | 'drafts'>, laneName: string): string {
  const drafts = group.drafts > 0 ? `, ${countLabel(group.drafts, 'draft')}` : '';
  return `${countLabel(group.count, 'event')} on ${laneName}, ${formatDayRange(group.from, group.to)}${drafts}. Activate to zoom in.`;
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
