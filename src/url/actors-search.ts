import { ACTOR_SORT_KEYS, type ActorSortKey } from '../domain/actor-list.ts';
import { SORT_DIRS, type SortDir } from '../domain/list-query.ts';
import { ActorKind, Side } from '../schema/enums.ts';
import { count, defineSearch, oneOf, text } from './codec.ts';

/**
 * The actor index: `/actors?q=wu&side=prc&kind=spokesperson&sort=mentions&dir=desc`.
 * Defaults (no search, every side and kind, by name A→Z) stay out of the URL.
 */
export type ActorsSearch = {
  q: string;
  sides: Side[];
  kinds: ActorKind[];
  sort: ActorSortKey;
  dir: SortDir;
};

export const actorsSearch = defineSearch<ActorsSearch, unknown>(
  {
    q: { key: 'q', codec: text },
    sides: { key: 'side', list: true, codec: oneOf(Side.options) },
    kinds: { key: 'kind', list: true, codec: oneOf(ActorKind.options) },
    sort: { key: 'sort', codec: oneOf(ACTOR_SORT_KEYS) },
    dir: { key: 'dir', codec: oneOf(SORT_DIRS) },
  },
  { q: '', sides: [], kinds: [], sort: 'name', dir: 'asc' },
);

/** How many of the articles that mention an actor show their sentences at first. */
export const PROFILE_ARTICLES_STEP = 10;

/**
 * An actor profile: `/actors/wu-qian?shown=20`. `shown` is how many of the articles that name
 * the actor show each mention in context (each needs its text file); the rest are a click away.
 */
export type ActorProfileSearch = { shown: number };

export const actorProfileSearch = defineSearch<ActorProfileSearch, unknown>(
  { shown: { key: 'shown', codec: count } },
  { shown: PROFILE_ARTICLES_STEP },
);
