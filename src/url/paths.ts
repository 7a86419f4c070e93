// Every in-app href is built here, so a route's shape changes in one place (bulletproof's
// `config/paths.ts`). Paths are relative to the router's basename: <Link to={…}> adds the
// deploy sub-path. Ids are slugs (schema `Id`), but route params come from the address bar,
// so they are encoded anyway.

import { timelineDefaults, timelineSearch, type TimelineSearch } from './timeline-search.ts';

const seg = (id: string) => encodeURIComponent(id);

/**
 * The timeline, optionally with a view: `timelineHref({ actors: ['wu-qian'] })` → "/?actor=wu-qian".
 * Canonical (timeline-search.ts), so equal views give equal links.
 */
export const timelineHref = (search: Partial<TimelineSearch> = {}): string => {
  const query = timelineSearch.serialize({ ...timelineDefaults, ...search }).toString();
  return query ? `/?${query}` : '/';
};
export const channelIndexHref = (): string => '/channels';
export const channelHref = (channelId: string): string => `/channels/${seg(channelId)}`;
export const actorIndexHref = (): string => '/actors';
export const actorHref = (actorId: string): string => `/actors/${seg(actorId)}`;
export const articleIndexHref = (): string => '/articles';
/**
 * An article's source view; with `quote`, scrolled to and highlighting one evidence item,
 * addressed as `<eventId>.<index in event.evidence>` (STYLE.md §4.5); with `event`, all of
 * that event's quotes in the article, scrolled to the first; with `actor`, that
 * actor's mentions highlighted and the first scrolled to; with `mention` as well, that
 * mention (a `#` anchor) is scrolled to instead of the first.
 *
 *   articleHref('003-x')                                  → "/articles/003-x"
 *   articleHref('003-x', { quote: quoteRef('evt-a', 2) }) → "/articles/003-x?quote=evt-a.2"
 *   articleHref('003-x', { actor: 'wu-qian', mention: { paragraph: 5, start: 12 } })
 *                                                         → "/articles/003-x?actor=wu-qian#mention-5-12"
 */
export const articleHref = (
  articleId: string,
  options: { quote?: string; event?: string; actor?: string; mention?: { paragraph: number; start: number } } = {},
): string => {
  // Keys in the order the article view's search definition writes them, so links are canonical.
  const params = new URLSearchParams();
  if (options.quote) params.set('quote', options.quote);
  if (options.event) params.set('event', options.event);
  if (options.actor) params.set('actor', options.actor);
  const search = params.toString();
  const hash = options.mention ? `#${mentionAnchor(options.mention.paragraph, options.mention.start)}` : '';
  return `/articles/${seg(articleId)}${search ? `?${search}` : ''}${hash}`;
};

/** The element id of a mention in the article text: paragraph index and start offset. */
export const mentionAnchor = (paragraph: number, start: number): string => `mention-${paragraph}-${start}`;

/** The timeline filtered to one actor (the timeline's `actor` list parameter). */
export const timelineActorHref = (actorId: string): string => `/?actor=${encodeURIComponent(actorId)}`;

/** The timeline with one event selected (the timeline's `event` parameter). */
export const timelineEventHref = (eventId: string): string => `/?event=${encodeURIComponent(eventId)}`;

/** The `quote` value for the evidence at `evidenceIndex` of an event: "evt-a.2". */
export const quoteRef = (eventId: string, evidenceIndex: number): string => `${eventId}.${evidenceIndex}`;

/** The id of an event's row on a page that lists events, for `#` links within that page. */
export const eventAnchor = (eventId: string): string => `event-${eventId}`;
