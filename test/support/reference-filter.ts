import { COUNTED_FACETS, normalizeText, type CountedFacet, type FilterResult, type TimelineIndex, type EventFilter } from '../../src/domain/filter-events.ts';
import type { Event } from '../../src/schema/dataset.ts';

// The filter as first written, with string sets and maps: slower, plainly right. The fast one
// (integer codes and typed arrays) must agree with it on every input (filter-events.test.ts).

const overlaps = <T,>(a: readonly T[], b: ReadonlySet<T>) => a.some((x) => b.has(x));

export function referenceFilterEvents(timeline: TimelineIndex, filter: EventFilter): FilterResult {
  const sets = {
    channels: new Set(filter.channels),
    actors: new Set(filter.actors),
    sides: new Set<string>(filter.sides),
    types: new Set<string>(filter.types),
    sources: new Set(filter.sources),
    outlets: new Set(filter.outlets),
  };
  const words = normalizeText(filter.q).split(' ').filter(Boolean);
  const counts = Object.fromEntries(COUNTED_FACETS.map((f) => [f, new Map<string, number>()])) as Record<CountedFacet, Map<string, number>>;
  const bump = (facet: CountedFacet, values: readonly string[]) => {
    const map = counts[facet];
    for (const v of new Set(values)) map.set(v, (map.get(v) ?? 0) + 1);
  };
  const events: Event[] = [];

  for (const f of timeline.facets) {
    const { event } = f;
    // Facets without counts: failing one of them rules the event out of every count.
    if (filter.draft === 'hide' && event.draft) continue;
    if (filter.from && event.date.end < filter.from) continue;
    if (filter.to && event.date.start > filter.to) continue;
    if (words.length > 0 && !words.every((w) => f.text.includes(w))) continue;

    const values: Record<CountedFacet, readonly string[]> = {
      channels: event.channelIds,
      actors: f.actorIds,
      sides: f.sides,
      types: [event.type],
      sources: f.articleIds,
      outlets: f.outletIds,
    };
    let failed: CountedFacet | null = null;
    let failures = 0;
    for (const facet of COUNTED_FACETS) {
      const set = sets[facet];
      if (set.size > 0 && !overlaps(values[facet], set)) {
        failed = facet;
        if (++failures > 1) break;
      }
    }
    if (failures === 0) {
      events.push(event);
      for (const facet of COUNTED_FACETS) bump(facet, values[facet]);
    } else if (failures === 1 && failed) {
      bump(failed, values[failed]);
    }
  }
  const chosen = new Set(events);
  return { events, matched: Uint8Array.from(timeline.facets, (f) => (chosen.has(f.event) ? 1 : 0)), counts };
}
