import type { Event } from '../schema/dataset.ts';
import { dayFromNumber, dayNumber } from './time-scale.ts';
import { toPixel, type EventMark, type LaneMark, type TimeView } from './timeline-marks.ts';

// Which marks the timeline chart draws for its lanes at one zoom: every event, grouped where
// marks would touch, or fixed pixel bins when there are more events in view than the chart
// can draw. The work is split by how often it changes: placing events on the time axis
// (`placeLane`) and choosing bins (`chartBinWidth`) once per zoom; choosing the marks for the
// events that match the filters (`groupChartMarks`) on every filter change, over typed arrays
// and without sorting, so it stays linear in the events (npm run bench).

export type GroupOptions = {
  /** Marks whose centres are closer than this (px) join one group. */
  gap: number;
  /** A group never spans more than this (px), so a dense lane reads as a row of counts, not one blob. */
  maxExtent: number;
};

const DEFAULT_GROUPING: GroupOptions = { gap: 16, maxExtent: 64 };

/** Bin widths (px) tried in turn when a chart has more events in view than marks allowed. */
const BIN_WIDTHS = [32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024, 1536, 2048, 4096];

/**
 * A lane's events at one zoom: `indices` into the chart's event list (chronological), and for
 * each the pixel of its span's centre, clipped to the view (NaN when it is outside the view),
 * its first and last day as day numbers, and 1 if it is a draft. Parallel typed arrays, so a
 * filter change reads numbers, not event objects.
 */
export type PlacedLane = { readonly indices: Int32Array; readonly x: Float64Array; readonly first: Float64Array; readonly last: Float64Array; readonly draft: Uint8Array };

/** The days an event covers, clipped to the view: [s, e) as day numbers, empty when outside. */
function clippedSpan(event: Event, view: TimeView): [number, number] {
  return [Math.max(dayNumber(event.date.start), view.start), Math.min(dayNumber(event.date.end) + 1, view.end)];
}

/** Places a lane's events (`indices` into `events`) at the centre of their date span; once per zoom. */
export function placeLane(events: readonly Event[], indices: Int32Array, view: TimeView): PlacedLane {
  const n = indices.length;
  const lane = { indices, x: new Float64Array(n), first: new Float64Array(n), last: new Float64Array(n), draft: new Uint8Array(n) };
  indices.forEach((i, k) => {
    const event = events[i]!;
    const [s, e] = clippedSpan(event, view);
    lane.x[k] = e > s ? toPixel(view, (s + e) / 2) : NaN;
    lane.first[k] = dayNumber(event.date.start);
    lane.last[k] = dayNumber(event.date.end);
    lane.draft[k] = event.draft ? 1 : 0;
  });
  return lane;
}

/** Positions (into the lane) of the events in view that match; all in view when `matched` is null. */
function visible({ indices, x }: PlacedLane, matched: Uint8Array | null): number[] {
  const out: number[] = [];
  for (let k = 0; k < indices.length; k++) if (!Number.isNaN(x[k]!) && (!matched || matched[indices[k]!] === 1)) out.push(k);
  return out;
}

/** One event drawn on its own, with its span (worked out for the few events drawn, not for every event placed). */
function eventMark(event: Event, x: number, view: TimeView, selected: boolean): EventMark {
  const [s, e] = clippedSpan(event, view);
  return { kind: 'event', key: event.id, event, x, x0: toPixel(view, s), x1: toPixel(view, e), selected };
}

/** A group's dates and drafts, from its events. */
function groupFacts(members: readonly Event[]) {
  let from = members[0]!.date.start;
  let to = members[0]!.date.end;
  let drafts = 0;
  for (const e of members) {
    if (e.date.start < from) from = e.date.start;
    if (e.date.end > to) to = e.date.end;
    if (e.draft) drafts++;
  }
  return { from, to, drafts };
}

/**
 * `items` ordered by `x[item]`, ties in input order: a counting sort by whole pixel, then
 * insertion sort within each pixel (a handful of events each). Linear in the events; a
 * comparison sort of 75,000 events was a fifth of a filter change (npm run bench).
 */
function byPixel(items: readonly number[], x: Float64Array, width: number): number[] {
  const buckets = Math.max(1, Math.ceil(width) + 1);
  const bucketOf = (k: number) => Math.min(buckets - 1, Math.max(0, Math.floor(x[k]!)));
  const start = new Int32Array(buckets + 1);
  for (const k of items) start[bucketOf(k) + 1]!++;
  for (let b = 0; b < buckets; b++) start[b + 1]! += start[b]!;
  const next = start.slice(0, buckets);
  const order = new Array<number>(items.length);
  for (const k of items) order[next[bucketOf(k)]!++] = k;
  for (let b = 0; b < buckets; b++) {
    for (let k = start[b]! + 1; k < start[b + 1]!; k++) {
      const item = order[k]!;
      let j = k - 1;
      while (j >= start[b]! && x[order[j]!]! > x[item]!) {
        order[j + 1] = order[j]!;
        j--;
      }
      order[j + 1] = item;
    }
  }
  return order;
}

/** Runs of marks closer than `gap` (and within `maxExtent`) become groups; the others stay single events. */
function groupRuns(events: readonly Event[], lane: PlacedLane, shown: readonly number[], view: TimeView, options: GroupOptions, selected: number): LaneMark[] {
  const { indices, x } = lane;
  const order = byPixel(shown, x, view.width);
  const marks: LaneMark[] = [];
  const flush = (from: number, to: number) => {
    const first = order[from]!;
    const firstEvent = events[indices[first]!]!;
    if (to - from === 1) {
      marks.push(eventMark(firstEvent, x[first]!, view, indices[first] === selected));
      return;
    }
    const members = order.slice(from, to).map((k) => events[indices[k]!]!);
    const last = order[to - 1]!;
    marks.push({
      kind: 'group',
      // Keyed by its first event, not its size: a group that grows or shrinks with a filter
      // change is the same mark, updated in place rather than redrawn.
      key: `group-${firstEvent.id}`,
      count: members.length,
      events: members,
      ...groupFacts(members),
      x: (x[first]! + x[last]!) / 2,
      x0: x[first]!,
      x1: x[last]!,
      selected: selected >= 0 && order.slice(from, to).some((k) => indices[k] === selected),
    });
  };
  let runStart = 0;
  for (let k = 1; k <= order.length; k++) {
    if (k < order.length) {
      const xk = x[order[k]!]!;
      if (xk - x[order[k - 1]!]! < options.gap && xk - x[order[runStart]!]! <= options.maxExtent) continue;
    }
    flush(runStart, k);
    runStart = k;
  }
  return marks;
}

/** The shown events by bin: bin b holds those whose centres lie in [b × width, (b + 1) × width), in lane order. */
function binMembers(x: Float64Array, shown: readonly number[], width: number, plotWidth: number): number[][] {
  const bins = Array.from({ length: Math.max(1, Math.ceil(plotWidth / width)) }, (): number[] => []);
  for (const k of shown) bins[Math.min(bins.length - 1, Math.floor(x[k]! / width))]!.push(k);
  return bins;
}

/**
 * A lane's marks in bins of `width` px: counts, dates and drafts per bin from the typed arrays
 * alone; a group's events are listed only when read (a tooltip, the selection), for the whole
 * lane at once.
 */
function binMarks(events: readonly Event[], lane: PlacedLane, shown: readonly number[], view: TimeView, width: number, selected: number): LaneMark[] {
  const { indices, x } = lane;
  const bins = Math.max(1, Math.ceil(view.width / width));
  const binOf = (k: number) => Math.min(bins - 1, Math.floor(x[k]! / width));
  const count = new Int32Array(bins);
  const head = new Int32Array(bins).fill(-1);
  const first = new Float64Array(bins).fill(Infinity);
  const last = new Float64Array(bins).fill(-Infinity);
  const drafts = new Int32Array(bins);
  let selectedBin = -1;
  for (const k of shown) {
    const b = binOf(k);
    if (indices[k] === selected) selectedBin = b;
    if (count[b] === 0) head[b] = k;
    count[b]!++;
    if (lane.first[k]! < first[b]!) first[b] = lane.first[k]!;
    if (lane.last[k]! > last[b]!) last[b] = lane.last[k]!;
    drafts[b]! += lane.draft[k]!;
  }
  let members: number[][] | undefined;
  const membersOf = (b: number) => (members ??= binMembers(x, shown, width, view.width))[b]!;

  const marks: LaneMark[] = [];
  for (let b = 0; b < bins; b++) {
    if (count[b] === 0) continue;
    if (count[b] === 1) {
      marks.push(eventMark(events[indices[head[b]!]!]!, x[head[b]!]!, view, b === selectedBin));
      continue;
    }
    const centre = Math.min(view.width, (b + 0.5) * width);
    let listed: readonly Event[] | undefined;
    marks.push({
      kind: 'group',
      // Keyed by the bin: the same mark before and after a filter change, only its count moves.
      key: `bin-${width}-${b}`,
      count: count[b]!,
      get events() {
        return (listed ??= membersOf(b).map((k) => events[indices[k]!]!));
      },
      from: dayFromNumber(first[b]!),
      to: dayFromNumber(last[b]!),
      drafts: drafts[b]!,
      x: centre,
      x0: centre,
      x1: centre,
      selected: b === selectedBin,
    });
  }
  return marks;
}

/**
 * The bin width (px) for a chart with these lanes at this zoom, or null when every event in
 * view can be drawn: with more events in view than `maxMarks`, the narrowest width from
 * BIN_WIDTHS that keeps the non-empty bins within `maxMarks`.
 *
 * Chosen from all the lanes' events, before filtering: a filtered subset fills no more bins,
 * so it stays within budget, and the bins stay put while the filters change (only their
 * counts move, and a filter change redraws little).
 */
export function chartBinWidth(lanes: readonly PlacedLane[], plotWidth: number, maxMarks: number): number | null {
  const shown = lanes.map((lane) => visible(lane, null));
  if (shown.reduce((n, s) => n + s.length, 0) <= maxMarks) return null;
  const occupied = (width: number) => lanes.reduce((n, lane, l) => n + binMembers(lane.x, shown[l]!, width, plotWidth).filter((b) => b.length > 0).length, 0);
  return BIN_WIDTHS.find((w) => w >= plotWidth || occupied(w) <= maxMarks) ?? BIN_WIDTHS[BIN_WIDTHS.length - 1]!;
}

/**
 * Every lane's marks for the events that match (`matched[i]` is 1 for `events[i]`; null: all),
 * with the marks that hold `events[selected]` flagged (-1: none selected).
 *
 * With at most `maxMarks` of them in view, or no `binWidth`, every event is visible: each sits
 * at the centre of its date span (a month-precision event mid-month, with the whole month
 * drawn), clipped to the view, events at the same pixel in the input's (chronological) order;
 * events whose centres fall within `gap` px of the previous one join its group, up to
 * `maxExtent` px, so a lane's marks are bounded by the plot width, not by its events.
 *
 *   view 2020–2024 over 800 px; events 2022-08 (month), 2022-08-10, 2023-12-21
 *   → a group of 2 (Aug 2022) · one event (21 Dec 2023)
 *
 * With more, the plot is cut into bins of `binWidth` px from its left edge (see
 * `chartBinWidth`), and each lane draws one mark per non-empty bin: a bin with one event draws
 * that event at its own place, a busier bin a count at the bin's centre.
 *
 *   40 lanes, 50,000 events over 1,200 px, bins of 48 px → ≤ 1,000 marks
 */
export function groupChartMarks(
  events: readonly Event[],
  lanes: readonly PlacedLane[],
  matched: Uint8Array | null,
  view: TimeView,
  maxMarks: number,
  binWidth: number | null,
  selected = -1,
  options: GroupOptions = DEFAULT_GROUPING,
): LaneMark[][] {
  const shown = lanes.map((lane) => visible(lane, matched));
  const total = shown.reduce((n, s) => n + s.length, 0);
  return lanes.map((lane, l) =>
    binWidth === null || total <= maxMarks
      ? groupRuns(events, lane, shown[l]!, view, options, selected)
      : binMarks(events, lane, shown[l]!, view, binWidth, selected),
  );
}
