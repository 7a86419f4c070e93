import type { Channel, Day, Event, StatusInterval } from '../../schema/dataset.ts';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { addDays } from '../../domain/days.ts';
import { filterEvents, indexTimeline, sortEvents, type FacetCounts } from '../../domain/filter-events.ts';
import { statusAsOf, type AsOfRow } from '../../domain/status-as-of.ts';
import { dayNumber } from '../../domain/time-scale.ts';
import { eventFilterOf, type TimelineSearch } from '../../url/timeline-search.ts';

/**
 * A lane as the channel filter leaves it (the same object while that filter is unchanged): its
 * channel, statuses, and all its events before the other filters, as positions in
 * `index.events` (chronological). The chart places them once per zoom.
 */
export type ChartLane = { channel: Channel; intervals: readonly StatusInterval[]; eventIndices: Int32Array };

export type TimelineView = {
  /** Events matching the filters, chronological: what the chart draws. */
  events: readonly Event[];
  /** The same events in the list's sort order. */
  rows: readonly Event[];
  counts: FacetCounts;
  /** Lanes shown: the filtered channels, or all, in lane order. */
  lanes: readonly ChartLane[];
  /** 1 where `index.events[i]` matches the filters: with `lanes[].eventIndices`, each lane's matching events. */
  matched: Uint8Array;
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
  const { events, matched, counts } = filterEvents(timeline, eventFilterOf(search));
  const lanes = lanesFor(index, search.channels);
  const { coverage } = index.dataset;
  // One side given and the other past it (from after the data ends): a one-day view, not an inverted one.
  const from0 = search.from ?? coverage.start;
  const to0 = search.to ?? addDays(coverage.end, -1);
  const from = search.from || to0 >= from0 ? from0 : to0;
  const to = to0 >= from ? to0 : from;
  const selected = search.event ? index.eventsById.get(search.event) : undefined;
  return {
    events,
    // filterEvents keeps chronological order: the default sort needs no sorting.
    rows: search.sort === 'date' ? events : sortEvents(events, search.sort, index),
    counts,
    lanes,
    matched,
    range: { start: dayNumber(from), end: dayNumber(to) + 1, from, to },
    selected,
    selectedHidden: selected !== undefined && !events.includes(selected),
    asOf: search.asOf ? statusAsOf(index, search.asOf, search.channels) : null,
  };
}

const laneCache = new WeakMap<DatasetIndex, { positions: ReadonlyMap<string, Int32Array>; byKey: Map<string, readonly ChartLane[]> }>();

/**
 * The lanes for a channel filter, the same array for the same filter and data: the chart keeps
 * its status bands across filter changes that leave the channels alone.
 */
function lanesFor(index: DatasetIndex, channels: readonly string[]): readonly ChartLane[] {
  let cached = laneCache.get(index);
  if (!cached) laneCache.set(index, (cached = { positions: eventPositionsByChannel(index), byKey: new Map() }));
  const { positions, byKey } = cached;
  const key = channels.join(' ');
  let lanes = byKey.get(key);
  if (!lanes) {
    const shown = channels.length > 0 ? index.channels.filter((c) => channels.includes(c.id)) : index.channels;
    lanes = shown.map((channel) => ({
      channel,
      intervals: index.intervalsByChannel.get(channel.id) ?? [],
      eventIndices: positions.get(channel.id) ?? new Int32Array(0),
    }));
    byKey.set(key, lanes);
  }
  return lanes;
}

/** Each channel's events as positions in `index.events`, chronological. */
function eventPositionsByChannel(index: DatasetIndex): ReadonlyMap<string, Int32Array> {
  const lists = new Map<string, number[]>(index.channels.map((c) => [c.id, []]));
  index.events.forEach((event, i) => {
    for (const id of new Set(event.channelIds)) lists.get(id)?.push(i);
  });
  return new Map([...lists].map(([id, list]) => [id, Int32Array.from(list)]));
}
