import type { Day, Event } from '../schema/dataset.ts';
import type { EventType, Side } from '../schema/enums.ts';
import { compareEventDates } from './partial-date.ts';
import { eventTypeLabel } from './labels.ts';
import type { DatasetIndex } from './dataset-index.ts';

/**
 * What the timeline filters by. Within one facet the values are alternatives (channel A or
 * B); across facets all must hold (channel A and actor X). An empty list does not filter.
 */
export type EventFilter = {
  /** Inclusive days; an event matches when its date span overlaps [from, to]. */
  from?: Day | undefined;
  to?: Day | undefined;
  channels: readonly string[];
  /** An actor matches an event they take part in (`actorIds`) or are quoted about it (`evidence[].speakerIds`). */
  actors: readonly string[];
  /** The side of any actor taking part or quoted. */
  sides: readonly Side[];
  types: readonly EventType[];
  /** Article ids: events with a quote from one of these articles. */
  sources: readonly string[];
  /** Outlet ids (`outletId`): events with a quote from an article of one of these outlets. */
  outlets: readonly string[];
  /** Free text: every word must occur in the summary or a quote (case, accents and quote marks ignored). */
  q: string;
  /** `hide` leaves out draft (machine-suggested, unconfirmed) events. */
  draft: 'show' | 'hide';
};

export const emptyEventFilter: EventFilter = {
  channels: [],
  actors: [],
  sides: [],
  types: [],
  sources: [],
  outlets: [],
  q: '',
  draft: 'show',
};

export type Outlet = { id: string; name: string; articleIds: readonly string[] };

/** One event with what filtering needs, worked out once per dataset. */
export type EventFacets = {
  readonly event: Event;
  /** Taking part or quoted, sorted, unique. */
  readonly actorIds: readonly string[];
  readonly sides: readonly Side[];
  readonly articleIds: readonly string[];
  readonly outletIds: readonly string[];
  /** Summary and quotes, normalised by `normalizeText`. */
  readonly text: string;
};

export type TimelineIndex = {
  readonly index: DatasetIndex;
  /** Chronological, as `index.events`. */
  readonly facets: readonly EventFacets[];
  /** The counted facets' values as small integers, for the filter's hot loop. */
  readonly coded: Readonly<Record<CountedFacet, CodedFacet>>;
  /** By name. */
  readonly outlets: readonly Outlet[];
  readonly outletsById: ReadonlyMap<string, Outlet>;
};

/**
 * An outlet's id for URLs: its name as a slug. Outlets are free text in the data, not ids.
 *
 *   'South China Morning Post' → 'south-china-morning-post'    'Global Times' → 'global-times'
 */
export function outletId(name: string): string {
  return foldText(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

// Combining diacritical marks (the accents NFKD splits off Latin letters); a plain range is far
// faster than the \p{M} property escape.
const MARKS = /[\u0300-\u036f]/g;

/** Lower case, accents and marks removed, curly quotes and dashes straightened. */
function foldText(s: string): string {
  const lower = s.toLowerCase();
  // Plain ASCII needs nothing more: skip the Unicode work (most of the cost over 50,000 events).
  if (!/[^ -~\s]/.test(lower)) return lower;
  return lower
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(/[\u2018\u2019\u201a\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-');
}

/** Folded, whitespace collapsed to one space: how free text is compared. "Wu  Qián’s" → "wu qian's". */
export function normalizeText(s: string): string {
  return foldText(s).replace(/\s+/g, ' ').trim();
}

const cache = new WeakMap<DatasetIndex, TimelineIndex>();

/**
 * Facets for every event, built once per dataset index (memoised on the index object, so
 * calling it again is free and the result is the same object). Pure in effect: the input is
 * not modified.
 */
export function indexTimeline(index: DatasetIndex): TimelineIndex {
  const hit = cache.get(index);
  if (hit) return hit;
  const outletByArticle = new Map<string, string>();
  const outletsById = new Map<string, { id: string; name: string; articleIds: string[] }>();
  for (const article of index.articlesByDate) {
    if (!article.outlet) continue;
    const id = outletId(article.outlet);
    if (!id) continue;
    outletByArticle.set(article.id, id);
    const outlet = outletsById.get(id) ?? { id, name: article.outlet, articleIds: [] };
    outlet.articleIds.push(article.id);
    outletsById.set(id, outlet);
  }
  const facets = index.events.map((event): EventFacets => {
    const actorIds = [...new Set([...event.actorIds, ...event.evidence.flatMap((e) => e.speakerIds)])].sort();
    const sides = [...new Set(actorIds.flatMap((id) => index.actorsById.get(id)?.side ?? []))].sort();
    const articleIds = [...new Set(event.evidence.map((e) => e.articleId))].sort();
    const outletIds = [...new Set(articleIds.flatMap((id) => outletByArticle.get(id) ?? []))].sort();
    // The text is folded on first use (the first text search), not at load: folding every
    // summary and quote is most of building this index at 50,000 events (npm run bench).
    let text: string | undefined;
    return {
      event,
      actorIds,
      sides,
      articleIds,
      outletIds,
      get text() {
        return (text ??= normalizeText([event.summary, ...event.evidence.map((e) => e.quote)].join('\n')));
      },
    };
  });
  const outlets = [...outletsById.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const coded = {
    channels: codeFacet(facets, (f) => f.event.channelIds),
    actors: codeFacet(facets, (f) => f.actorIds),
    sides: codeFacet(facets, (f) => f.sides),
    types: codeFacet(facets, (f) => [f.event.type]),
    sources: codeFacet(facets, (f) => f.articleIds),
    outlets: codeFacet(facets, (f) => f.outletIds),
  };
  const built: TimelineIndex = { index, facets, coded, outlets, outletsById };
  cache.set(index, built);
  return built;
}

/** The facets that show counts beside their options. */
export const COUNTED_FACETS = ['channels', 'actors', 'sides', 'types', 'sources', 'outlets'] as const;
export type CountedFacet = (typeof COUNTED_FACETS)[number];
export type FacetCounts = Record<CountedFacet, ReadonlyMap<string, number>>;

/**
 * One facet's values for every event, each value a small integer (its place in `ids`): event
 * i has `codes[offsets[i] … offsets[i + 1])`, unique. Counting then increments typed arrays
 * instead of updating string-keyed maps, most of a filter change's cost at 50,000 events.
 */
export type CodedFacet = { readonly ids: readonly string[]; readonly codeOf: ReadonlyMap<string, number>; readonly offsets: Int32Array; readonly codes: Int32Array };

function codeFacet(facets: readonly EventFacets[], values: (f: EventFacets) => readonly string[]): CodedFacet {
  const codeOf = new Map<string, number>();
  const ids: string[] = [];
  const offsets = new Int32Array(facets.length + 1);
  const codes: number[] = [];
  facets.forEach((f, i) => {
    for (const v of new Set(values(f))) {
      let c = codeOf.get(v);
      if (c === undefined) {
        codeOf.set(v, (c = ids.length));
        ids.push(v);
      }
      codes.push(c);
    }
    offsets[i + 1] = codes.length;
  });
  return { ids, codeOf, offsets, codes: Int32Array.from(codes) };
}

export type FilterResult = {
  /** Matching events, chronological. */
  events: readonly Event[];
  /** The same as flags: 1 where `index.events[i]` matches. Lets the chart pick a lane's events without a lookup per event. */
  matched: Uint8Array;
  /**
   * For each option of each counted facet: how many events would match with the other
   * facets as they are and this facet set to that option alone. So counts change as the
   * other filters change, and ticking an option never shows a count that then disagrees.
   */
  counts: FacetCounts;
};

/**
 * Applies a filter over the index in one pass: the matching events and the per-option counts.
 * O(events × values per event) on integer codes; no per-call indexing, so it stays fast at
 * 50,000 events.
 *
 *   events: e1 (mmca, call, wu-qian quoted) · e2 (dpct, meeting)
 *   filter: { actors: [wu-qian] }
 *   out:    events [e1]; counts.channels { mmca: 1 }; counts.actors { wu-qian: 1, … }
 */
export function filterEvents(timeline: TimelineIndex, filter: EventFilter): FilterResult {
  const facets = COUNTED_FACETS.map((name) => timeline.coded[name]);
  const chosen: readonly (readonly string[])[] = COUNTED_FACETS.map((name) => filter[name]);
  // Per facet: whether it filters, and which codes it accepts (ids not in the data match nothing).
  const active = chosen.map((values) => values.length > 0);
  // Set from the chosen ids, not tested for every id: 10,000 sources made that a twentieth of a change.
  const accepts = facets.map((facet, k) => {
    const ok = new Uint8Array(facet.ids.length);
    for (const id of chosen[k]!) {
      const c = facet.codeOf.get(id);
      if (c !== undefined) ok[c] = 1;
    }
    return ok;
  });
  const counts = facets.map((facet) => new Int32Array(facet.ids.length));
  const words = normalizeText(filter.q).split(' ').filter(Boolean);
  const events: Event[] = [];
  const matched = new Uint8Array(timeline.facets.length);
  const K = facets.length;

  timeline.facets.forEach((f, i) => {
    const { event } = f;
    // Facets without counts: failing one of them rules the event out of every count.
    if (filter.draft === 'hide' && event.draft) return;
    if (filter.from && event.date.end < filter.from) return;
    if (filter.to && event.date.start > filter.to) return;
    if (words.length > 0 && !words.every((w) => f.text.includes(w))) return;

    let failed = -1;
    let failures = 0;
    for (let k = 0; k < K && failures < 2; k++) {
      if (!active[k]) continue;
      const { offsets, codes } = facets[k]!;
      const ok = accepts[k]!;
      let hit = false;
      for (let j = offsets[i]!; j < offsets[i + 1]! && !hit; j++) hit = ok[codes[j]!] === 1;
      if (!hit) {
        failed = k;
        failures++;
      }
    }
    if (failures === 0) {
      events.push(event);
      matched[i] = 1;
      for (let k = 0; k < K; k++) count(facets[k]!, counts[k]!, i);
    } else if (failures === 1) {
      count(facets[failed]!, counts[failed]!, i);
    }
  });

  const toMap = (k: number) => {
    const map = new Map<string, number>();
    const { ids } = facets[k]!;
    const n = counts[k]!;
    for (let c = 0; c < ids.length; c++) if (n[c]! > 0) map.set(ids[c]!, n[c]!);
    return map;
  };
  const out = {} as Record<CountedFacet, ReadonlyMap<string, number>>;
  COUNTED_FACETS.forEach((name, k) => (out[name] = toMap(k)));
  return { events, matched, counts: out };
}

function count(facet: CodedFacet, into: Int32Array, event: number) {
  const { offsets, codes } = facet;
  for (let j = offsets[event]!; j < offsets[event + 1]!; j++) into[codes[j]!]!++;
}

export const EVENT_SORTS = ['date', '-date', 'type', '-type', 'channel', '-channel', 'actor', '-actor', 'sources', '-sources'] as const;
export type EventSort = (typeof EVENT_SORTS)[number];

const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Events in the order of a sort key; `-key` reverses it. Ties keep chronological order, then
 * id, so the order is total and stable across runs. `channel` sorts by the first channel's
 * lane order, `actor` by the first actor's name (events without actors last), `sources` by
 * the number of articles quoted.
 */
export function sortEvents(events: readonly Event[], sort: EventSort, index: DatasetIndex): Event[] {
  const desc = sort.startsWith('-');
  const key = (desc ? sort.slice(1) : sort) as 'date' | 'type' | 'channel' | 'actor' | 'sources';
  // Filtered lists arrive chronological (filterEvents keeps the index's order), so the date sort
  // is a copy and the others need only their own key, the stable sort keeping the chronological
  // tie order: at 50,000 events this is most of a filter change's sorting (npm run bench).
  const ordered = isChronological(events) ? [...events] : [...events].sort(chrono);
  if (key !== 'date') {
    const keyOf = sortKey(key, index);
    // Each key is computed once per event, not once per comparison.
    const keys = new Map<Event, string | number>();
    for (const e of ordered) keys.set(e, keyOf(e));
    ordered.sort((a, b) => cmp(keys.get(a)!, keys.get(b)!));
  }
  return desc ? ordered.reverse() : ordered;
}

const chrono = (a: Event, b: Event) => compareEventDates(a.date, b.date) || cmp(a.id, b.id);

function isChronological(events: readonly Event[]): boolean {
  for (let i = 1; i < events.length; i++) if (chrono(events[i - 1]!, events[i]!) > 0) return false;
  return true;
}

function sortKey(key: 'type' | 'channel' | 'actor' | 'sources', index: DatasetIndex): (e: Event) => string | number {
  switch (key) {
    case 'type':
      return (e) => eventTypeLabel[e.type];
    case 'channel':
      return (e) => Math.min(...e.channelIds.map((id) => index.channelsById.get(id)?.order ?? Number.MAX_SAFE_INTEGER));
    case 'actor':
      return (e) => e.actorIds.map((id) => index.actorsById.get(id)?.name ?? id).sort()[0] ?? '\uffff';
    case 'sources':
      return (e) => new Set(e.evidence.map((x) => x.articleId)).size;
  }
}
