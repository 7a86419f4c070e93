import { lazy } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { NotFoundPage } from '../features/not-found/not-found-page.tsx';
import { TimelinePage } from '../features/timeline/timeline-page.tsx';
import { RootErrorPage, RootLayout } from './root-layout.tsx';

// The timeline is the first view and ships in the main bundle; every other area is its own
// chunk, fetched when first opened (the layout's Suspense shows the skeleton meanwhile), so
// the first view's JavaScript stays within its budget (issue 6, `npm run bench`).
const ActorIndexPage = lazy(() => import('../features/actors/actor-index-page.tsx').then((m) => ({ default: m.ActorIndexPage })));
const ActorPage = lazy(() => import('../features/actors/actor-page.tsx').then((m) => ({ default: m.ActorPage })));
const ArticleIndexPage = lazy(() => import('../features/articles/article-index-page.tsx').then((m) => ({ default: m.ArticleIndexPage })));
const ArticlePage = lazy(() => import('../features/articles/article-page.tsx').then((m) => ({ default: m.ArticlePage })));
const ChannelIndexPage = lazy(() => import('../features/channels/channel-index-page.tsx').then((m) => ({ default: m.ChannelIndexPage })));
const ChannelPage = lazy(() => import('../features/channels/channel-page.tsx').then((m) => ({ default: m.ChannelPage })));

/** The route table. Exported so tests can mount it in a memory router. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <RootLayout />,
    errorElement: <RootErrorPage />,
    children: [
      { index: true, element: <TimelinePage /> },
      { path: 'channels', element: <ChannelIndexPage /> },
      { path: 'channels/:channelId', element: <ChannelPage /> },
      { path: 'actors', element: <ActorIndexPage /> },
      { path: 'actors/:actorId', element: <ActorPage /> },
      { path: 'articles', element: <ArticleIndexPage /> },
      { path: 'articles/:articleId', element: <ArticlePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/**
 * Vite's BASE_URL always ends in '/' ('/', '/hotline/'), and the basename keeps that slash:
 * React Router then writes the timeline's address as '/hotline/?…', which every static host
 * serves, rather than '/hotline?…', which most answer with 404.
 * A relative base ('./') cannot anchor client routes, so it falls back to '/'.
 *
 *   '/' → '/'    '/hotline/' → '/hotline/'    './' → '/'
 */
export function routerBasename(baseUrl: string): string {
  if (!baseUrl.startsWith('/')) return '/';
  return `${baseUrl.replace(/\/+$/, '')}/`;
}

/**
 * A host that serves the app at the bare sub-path ('/hotline', no slash) would leave the
 * router outside its basename; move such an address to '/hotline/' first, keeping the query.
 */
export function normalizeEntryPath(location: Pick<Location, 'pathname' | 'search' | 'hash'>, basename: string): string | null {
  return basename !== '/' && `${location.pathname}/` === basename ? `${basename}${location.search}${location.hash}` : null;
}

export function createAppRouter() {
  const basename = routerBasename(import.meta.env.BASE_URL);
  const entry = normalizeEntryPath(window.location, basename);
  if (entry) window.history.replaceState(window.history.state, '', entry);
  return createBrowserRouter(routes, { basename });
}
