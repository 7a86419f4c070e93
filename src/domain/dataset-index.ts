import type { Actor, Article, Channel, Dataset, Event, StatusInterval } from '../schema/dataset.ts';
import { compareEventDates } from './partial-date.ts';

/**
 * Lookups every view needs, built once per dataset (`useDatasetIndex` passes this function to
 * react-query's `select`, which memoises it per fetched dataset).
 *
 * Every list is in a fixed order, so views that read them render the same rows in the same
 * order on every run. Every known channel, actor and article has an entry in the `…By…` maps,
 * empty when nothing refers to it; a missing entry therefore means an unknown id.
 */
export type DatasetIndex = {
  readonly dataset: Dataset;
  readonly articlesById: ReadonlyMap<string, Article>;
  readonly actorsById: ReadonlyMap<string, Actor>;
  readonly channelsById: ReadonlyMap<string, Channel>;
  readonly eventsById: ReadonlyMap<string, Event>;
  /** Channels in lane order (`order`, then id). */
  readonly channels: readonly Channel[];
  /** Actors by name, then id (code-unit order, not locale order: stable everywhere). */
  readonly actorsByName: readonly Actor[];
  /** Events in chronological order: start day, end day, then id. */
  readonly events: readonly Event[];
  /** Chronological, as `events`. */
  readonly eventsByChannel: ReadonlyMap<string, readonly Event[]>;
  /** An actor's events: those that list the actor, or quote the actor as a speaker. Chronological. */
  readonly eventsByActor: ReadonlyMap<string, readonly Event[]>;
  /** Events with at least one evidence quote from the article. Chronological. */
  readonly eventsByArticle: ReadonlyMap<string, readonly Event[]>;
  /** A channel's status intervals from the earliest start; contiguous as the pipeline wrote them. */
  readonly intervalsByChannel: ReadonlyMap<string, readonly StatusInterval[]>;
  /** Articles by publication date, oldest first; undated articles last; ties by id. */
  readonly articlesByDate: readonly Article[];
};

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function emptyLists<V>(ids: Iterable<string>): Map<string, V[]> {
  const map = new Map<string, V[]>();
  for (const id of ids) map.set(id, []);
  return map;
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Indexes a validated dataset. Pure: no React, no DOM; the input is not modified.
 *
 *   in:  events evt-b (2023-11-15, mmca, actors [austin]), evt-a (2022-08-01, mmca, dpct)
 *   out: events                  [evt-a, evt-b]
 *        eventsByChannel.mmca    [evt-a, evt-b]
 *        eventsByChannel.dpct    [evt-a]
 *        eventsByActor.austin    [evt-b]
 *
 * References to ids the dataset does not define (which `checkIntegrity` reports) still get a
 * list, so a dangling reference never hides an event.
 */
export function indexDataset(dataset: Dataset): DatasetIndex {
  const events = [...dataset.events].sort((a, b) => compareEventDates(a.date, b.date) || cmp(a.id, b.id));

  const eventsByChannel = emptyLists<Event>(dataset.channels.map((c) => c.id));
  const eventsByActor = emptyLists<Event>(dataset.actors.map((a) => a.id));
  const eventsByArticle = emptyLists<Event>(dataset.articles.map((a) => a.id));
  for (const event of events) {
    for (const channelId of new Set(event.channelIds)) push(eventsByChannel, channelId, event);
    const actorIds = new Set([...event.actorIds, ...event.evidence.flatMap((e) => e.speakerIds)]);
    for (const actorId of actorIds) push(eventsByActor, actorId, event);
    for (const articleId of new Set(event.evidence.map((e) => e.articleId))) push(eventsByArticle, articleId, event);
  }

  const intervalsByChannel = emptyLists<StatusInterval>(dataset.channels.map((c) => c.id));
  for (const interval of dataset.statusIntervals) push(intervalsByChannel, interval.channelId, interval);
  for (const list of intervalsByChannel.values()) list.sort((a, b) => cmp(a.start, b.start));

  const articlesByDate = [...dataset.articles].sort((a, b) => {
    if (a.published && b.published) return cmp(a.published.date, b.published.date) || cmp(a.id, b.id);
    if (a.published) return -1;
    if (b.published) return 1;
    return cmp(a.id, b.id);
  });

  return {
    dataset,
    articlesById: byId(dataset.articles),
    actorsById: byId(dataset.actors),
    channelsById: byId(dataset.channels),
    eventsById: byId(dataset.events),
    channels: [...dataset.channels].sort((a, b) => a.order - b.order || cmp(a.id, b.id)),
    actorsByName: [...dataset.actors].sort((a, b) => cmp(a.name, b.name) || cmp(a.id, b.id)),
    events,
    eventsByChannel,
    eventsByActor,
    eventsByArticle,
    intervalsByChannel,
    articlesByDate,
  };
}

/** How many different articles quote evidence for an event. */
export function sourceCount(event: Event): number {
  return new Set(event.evidence.map((e) => e.articleId)).size;
}
