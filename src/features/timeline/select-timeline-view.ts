import type { Channel, Day, Event, StatusInterval } from '../../schema/dataset.ts';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { addDays } from '../../domain/days.ts';
import { filterEvents, indexTimeline, sortEvents, type FacetCounts } from '../../domain/filter-events.ts';
import { statusAsOf, type AsOfRow } from '../../domain/status-as-of.ts';
import { dayNumber } from '../../domain/time-scale.ts';
import { eventFilterOf, type TimelineSearch } from '../../url/timeline-search.ts';

export type ChartLane = { channel: Channel; intervals: readonly StatusInterval[]; events: readonly Event[] };

export type TimelineView = {
  /** Events matching the filters, chronological: what the chart draws. */
  events: readonly Event[];
  /** The same events in the list's sort order. */
  rows: readonly Event[];
  counts: FacetCounts;
  /** Lanes shown: the filtered channels, or all, in lane order. */
  lanes: readonly ChartLane[];
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
  const shown = search.channels.length > 0 ? index.channels.filter((c) => search.channels.includes(c.id)) : index.channels;
  const byLane = new Map<string, Event[]>(shown.map((c) => [c.id, []]));
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
    lanes: shown.map((channel) => ({
      channel,
      intervals: index.intervalsByChannel.get(channel.id) ?? [],
      events: byLane.get(channel.id) ?? [],
    })),
    range: { start: dayNumber(from), end: dayNumber(to) + 1, from, to },
    selected,
    selectedHidden: selected !== undefined && !events.includes(selected),
    asOf: search.asOf ? statusAsOf(index, search.asOf, search.channels) : null,
  };
}
