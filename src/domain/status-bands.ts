import type { Event, StatusInterval } from '../schema/dataset.ts';
import type { ChannelStatus } from '../schema/enums.ts';
import { addDays } from './days.ts';
import { formatDay, formatDayAtPrecision } from './partial-date.ts';
import { certainFrom } from './status-as-of.ts';
import { dayNumber } from './time-scale.ts';
import { toPixel, type TimeView } from './timeline-marks.ts';

export type StatusBand = {
  key: string;
  /** `mixed`: several changes too close to draw apart at this zoom. */
  status: ChannelStatus | 'mixed';
  /** px from the plot's left edge, clipped to the plot. */
  x0: number;
  x1: number;
  /** Where the uncertain leading edge ends (px); equals x0 when the start is known to the day. */
  certainX: number;
  interval: StatusInterval | undefined;
  /** Accessible name: "Chiefs: suspended from Aug 2022 until 5 Oct 2023, set by: Beijing suspends …" */
  label: string;
};

/**
 * A lane's status bands at one zoom: its intervals clipped to the view, each with the pixel
 * where its start becomes certain (`certainFrom`). Runs of intervals narrower than `minWidth`
 * px merge into one `mixed` band, so a lane never draws more bands than it has pixels.
 */
export function laneBands(
  laneName: string,
  intervals: readonly StatusInterval[],
  eventsById: ReadonlyMap<string, Event>,
  view: TimeView,
  minWidth = 2,
): StatusBand[] {
  const bands: StatusBand[] = [];
  intervals.forEach((interval, i) => {
    const s = Math.max(dayNumber(interval.start), view.start);
    const e = Math.min(dayNumber(interval.end), view.end);
    if (e <= s) return;
    const x0 = toPixel(view, s);
    const x1 = toPixel(view, e);
    const openedBy = interval.eventId ? eventsById.get(interval.eventId) : undefined;
    const last = bands[bands.length - 1];
    if (x1 - x0 < minWidth && last && (last.status === 'mixed' || last.x1 - last.x0 < minWidth)) {
      last.status = 'mixed';
      last.x1 = x1;
      last.certainX = last.x0;
      last.interval = undefined;
      last.key = `${last.key}+`;
      last.label = `${laneName}: several status changes, too close to show at this zoom; zoom in to see them.`;
      return;
    }
    const certainX = Math.min(x1, Math.max(x0, toPixel(view, dayNumber(certainFrom(interval, openedBy)))));
    bands.push({ key: `${interval.start}-${i}`, status: interval.status, x0, x1, certainX, interval, label: bandLabel(laneName, interval, intervals[i + 1], openedBy) });
  });
  return bands;
}

/**
 * "Chiefs: suspended from Aug 2022 until 5 Oct 2023, set by: Beijing suspends military channels."
 * "MMCA: unknown until 29 Oct 2020, no evidence yet."
 */
export function bandLabel(laneName: string, interval: StatusInterval, next: StatusInterval | undefined, openedBy: Event | undefined): string {
  const from = interval.eventId ? ` from ${formatDayAtPrecision(interval.start, interval.precision)}` : '';
  const until = next ? ` until ${formatDayAtPrecision(next.start, next.precision)}` : ` until the end of the data (${formatDay(addDays(interval.end, -1))})`;
  const why = openedBy ? `, set by: ${openedBy.summary}` : interval.status === 'unknown' ? ', no evidence yet.' : '';
  return `${laneName}: ${interval.status}${from}${until}${why}`;
}
