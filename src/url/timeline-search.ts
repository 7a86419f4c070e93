import type { Day } from '../schema/dataset.ts';
import { EventType, Side } from '../schema/enums.ts';
import type { DatasetIndex } from '../domain/dataset-index.ts';
import { EVENT_SORTS, emptyEventFilter, indexTimeline, type EventFilter, type EventSort } from '../domain/filter-events.ts';
import { day, defineSearch, id, oneOf, text, type ParamCodec, type SearchIssue } from './codec.ts';

/**
 * The timeline's whole view state, as it lives in the URL: the filters (`EventFilter`), the
 * selected event, the "as of" day, the list's sort, and the dataset version a shared link
 * was made with.
 *
 * Wire format (canonical: this key order, defaults left out, lists sorted, de-duplicated):
 *
 *   /?from=2022-01-01&to=2023-12-31&channel=chiefs,mmca&actor=wu-qian&side=prc&type=call,meeting
 *     &source=003-209ec3550312bc1b&outlet=global-times&q=hotline&draft=hide
 *     &asof=2023-01-01&event=evt-2022-08-china-suspends-military-channels&sort=-date&v=7c94995c83c6
 *
 * `from`/`to` both filter the events and zoom the chart (inclusive days). `v` is written by
 * "Copy link" only; a link whose `v` differs from the loaded data still opens, with a notice.
 */
export type TimelineSearch = EventFilter & {
  asOf?: Day | undefined;
  event?: string | undefined;
  sort: EventSort;
  v?: string | undefined;
};

export const timelineDefaults: TimelineSearch = { ...emptyEventFilter, sort: 'date' };

/** A dataset version: 12 lowercase hex digits. Not checked against the data: a mismatch is a notice, not an error. */
const version: ParamCodec<string> = {
  parse: (raw) => (/^[0-9a-f]{12}$/.test(raw) ? raw : undefined),
  serialize: (v) => v,
  expected: 'a dataset version (12 hex digits)',
};

const inCoverage = (ix: DatasetIndex, d: Day) => d >= ix.dataset.coverage.start && d < ix.dataset.coverage.end;

export const timelineSearch = defineSearch<TimelineSearch, DatasetIndex>(
  {
    from: { key: 'from', codec: day },
    to: { key: 'to', codec: day },
    channels: { key: 'channel', list: true, codec: id, exists: (ix, v) => ix.channelsById.has(v), missing: 'no such channel' },
    actors: { key: 'actor', list: true, codec: id, exists: (ix, v) => ix.actorsById.has(v), missing: 'no such actor' },
    sides: { key: 'side', list: true, codec: oneOf(Side.options) },
    types: { key: 'type', list: true, codec: oneOf(EventType.options) },
    sources: { key: 'source', list: true, codec: id, exists: (ix, v) => ix.articlesById.has(v), missing: 'no such article' },
    outlets: { key: 'outlet', list: true, codec: id, exists: (ix, v) => indexTimeline(ix).outletsById.has(v), missing: 'no such outlet' },
    q: { key: 'q', codec: text },
    draft: { key: 'draft', codec: oneOf(['show', 'hide'] as const) },
    asOf: { key: 'asof', codec: day, exists: inCoverage, missing: 'outside the data (no status known on that day)' },
    event: { key: 'event', codec: id, exists: (ix, v) => ix.eventsById.has(v), missing: 'no such event' },
    sort: { key: 'sort', codec: oneOf(EVENT_SORTS) },
    v: { key: 'v', codec: version },
  },
  timelineDefaults,
  [
    (s): { issue: SearchIssue; fixed: TimelineSearch } | null =>
      s.from && s.to && s.from > s.to
        ? { issue: { param: 'to', value: s.to, problem: `before from (${s.from})` }, fixed: { ...s, to: undefined } }
        : null,
  ],
);

/** The filter part of a search: what `filterEvents` needs. */
export function eventFilterOf(search: TimelineSearch): EventFilter {
  const { from, to, channels, actors, sides, types, sources, outlets, q, draft } = search;
  return { from, to, channels, actors, sides, types, sources, outlets, q, draft };
}

/** The search with every filter cleared, keeping the selection, the "as of" day and the sort. */
export function clearFilters(search: TimelineSearch): TimelineSearch {
  return { ...search, ...emptyEventFilter, from: undefined, to: undefined };
}

/** True when any filter narrows the events. */
export function hasFilters(search: TimelineSearch): boolean {
  const f = eventFilterOf(search);
  return Boolean(
    f.from || f.to || f.q || f.draft === 'hide' ||
      [f.channels, f.actors, f.sides, f.types, f.sources, f.outlets].some((l) => l.length > 0),
  );
}
