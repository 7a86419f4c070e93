import type { Channel, Day, Event, StatusInterval } from '../../schema/dataset.ts';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { addDays } from '../../domain/days.ts';
import { filterEvents, indexTimeline, sortEvents, type FacetCounts } from '../../domain/filter-events.ts';
import { statusAsOf, type AsOfRow } from '../../domain/status-as-of.ts';
import { dayNumber } from '../../domain/time-scale.ts';
import { eventFilterOf, type TimelineSearch } from '../../url/timeline-search.ts';

/** A lane as the filters leave it: its channel and statuses (the same object while the channel filter is unchanged). */
export type ChartLane = { channel: Channel; intervals: readonly StatusInterval[] };

export type TimelineView = {
  /** Events matching the filters, chronological: what the chart draws. */
  events: readonly Event[];
  /** The same events in the list's sort order. */
  rows: readonly Event[];
  counts: FacetCounts;
  /** Lanes shown: the filtered channels, or all, in lane order. */
  lanes: readonly ChartLane[];
  /** Each lane's matching events, chronological, in the order of `lanes`. */
  laneEvents: readonly (readonly Event[])[];
  /** The visible days: [start, end) as day numbers, and inclusive `from`/`to` days. */
  range: { start: number; end: number; from: Day; to: Day };
  selected: Event | undefined;
  /** The selected event exists but the filters leave it out. */
  selectedHidden: boolean;
  asOf: readonly AsOfRow[] | null;
};

/**
 * Everything the timeline page shows, from the index and the URL state, in one pure call.
 * The range defaults to the data's coverage; `to` is inclusive, so the chart's end is the day after.
 */
export function selectTimelineView(index: DatasetIndex, search: TimelineSearch): TimelineView {
  const timeline = indexTimeline(index);
  const { events, counts } = filterEvents(timeline, eventFilterOf(search));
  const lanes = lanesFor(index, search.channels);
  const byLane = new Map<string, Event[]>(lanes.map((l) => [l.channel.id, []]));
  for (const event of events) for (const id of event.channelIds) byLane.get(id)?.push(event);
  const { coverage } = index.dataset;
  // One side given and the other past it (from after the data ends): a one-day view, not an inverted one.
  const from0 = search.from ?? coverage.start;
  const to0 = search.to ?? addDays(coverage.end, -1);
  const from = search.from || to0 >= from0 ? from0 : to0;
  const to = to0 >= from ? to0 : from;
  const selected = search.event ? index.eventsById.get(search.event) : undefined;
  return {
    events,
    rows: sortEvents(events, search.sort, index),
    counts,
    lanes,
    laneEvents: lanes.map((l) => byLane.get(l.channel.id) ?? []),
    range: { start: dayNumber(from), end: dayNumber(to) + 1, from, to },
    selected,
    selectedHidden: selected !== undefined && !events.includes(selected),
    asOf: search.asOf ? statusAsOf(index, search.asOf, search.channels) : null,
  };
}

const laneCache = new WeakMap<DatasetIndex, Map<string, readonly ChartLane[]>>();

/**
 * The lanes for a channel filter, the same array for the same filter and data: the chart keeps
 * its status bands across filter changes that leave the channels alone.
 */
function lanesFor(index: DatasetIndex, channels: readonly string[]): readonly ChartLane[] {
  let byKey = laneCache.get(index);
  if (!byKey) laneCache.set(index, (byKey = new Map()));
  const key = channels.join(' ');
  let lanes = byKey.get(key);
  if (!lanes) {
    const shown = channels.length > 0 ? index.channels.filter((c) => channels.includes(c.id)) : index.channels;
    lanes = shown.map((channel) => ({ channel, intervals: index.intervalsByChannel.get(channel.id) ?? [] }));
    byKey.set(key, lanes);
  }
  return lanes;
}
