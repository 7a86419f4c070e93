import type { Actor, Role } from '../schema/dataset.ts';
import type { ActorKind, Side } from '../schema/enums.ts';
import { latestRole } from './actor-roles.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { compareIds, compareText, firstMatch, queryTerms, type SortDir } from './list-query.ts';

export const ACTOR_SORT_KEYS = ['name', 'mentions', 'events', 'articles'] as const;
export type ActorSortKey = (typeof ACTOR_SORT_KEYS)[number];

/** What the actor index shows: a search over names and aliases, side and kind filters, an order. */
export type ActorListQuery = {
  q: string;
  sides: readonly Side[];
  kinds: readonly ActorKind[];
  sort: ActorSortKey;
  dir: SortDir;
};

export type ActorRow = {
  actor: Actor;
  latestRole: Role | undefined;
  mentionCount: number;
  /** Events the actor takes part in or is quoted in (the profile lists the same ones). */
  eventCount: number;
  articleCount: number;
  /** The alias or misspelling the search matched, when it was not the name. */
  matchedAlias: string | null;
};

/**
 * The actor index's rows: actors whose name, alias or misspelling holds every word of `q`
 * (ignoring case and accents), on one of `sides` and of one of `kinds` (an empty list means
 * any), ordered by `sort` then by name and id, so ties never reorder between runs.
 *
 *   q "wu", sides [prc], sort mentions desc → Wu Qian (9 mentions), …
 */
export function selectActorRows(index: DatasetIndex, query: ActorListQuery): ActorRow[] {
  const terms = queryTerms(query.q);
  const rows: ActorRow[] = [];
  for (const actor of index.actorsByName) {
    if (query.sides.length > 0 && !query.sides.includes(actor.side)) continue;
    if (query.kinds.length > 0 && !query.kinds.includes(actor.kind)) continue;
    const names = [actor.name, ...actor.aliases, ...actor.misspellings];
    const hit = firstMatch(names, terms);
    if (hit < 0) continue;
    rows.push({
      actor,
      latestRole: latestRole(actor.roles),
      mentionCount: actor.mentionCount,
      eventCount: (index.eventsByActor.get(actor.id) ?? []).length,
      articleCount: actor.articleIds.length,
      matchedAlias: hit > 0 && terms.length > 0 ? names[hit]! : null,
    });
  }
  const byName = (a: ActorRow, b: ActorRow) => compareText(a.actor.name, b.actor.name) || compareIds(a.actor.id, b.actor.id);
  const sign = query.dir === 'desc' ? -1 : 1;
  const key = (row: ActorRow): number =>
    query.sort === 'mentions' ? row.mentionCount : query.sort === 'events' ? row.eventCount : row.articleCount;
  return rows.sort((a, b) => (query.sort === 'name' ? sign * byName(a, b) : sign * (key(a) - key(b)) || byName(a, b)));
}
