// Every in-app href is built here, so a route's shape changes in one place (bulletproof's
// `config/paths.ts`). Paths are relative to the router's basename: <Link to={…}> adds the
// deploy sub-path. Ids are slugs (schema `Id`), but route params come from the address bar,
// so they are encoded anyway.

const seg = (id: string) => encodeURIComponent(id);

export const timelineHref = (): string => '/';
export const channelIndexHref = (): string => '/channels';
export const channelHref = (channelId: string): string => `/channels/${seg(channelId)}`;
export const actorIndexHref = (): string => '/actors';
export const actorHref = (actorId: string): string => `/actors/${seg(actorId)}`;
export const articleIndexHref = (): string => '/articles';
export const articleHref = (articleId: string): string => `/articles/${seg(articleId)}`;

/** The id of an event's row on a page that lists events, for `#` links within that page. */
export const eventAnchor = (eventId: string): string => `event-${eventId}`;
