import { createBrowserRouter, type RouteObject } from 'react-router';
import { ActorIndexPage } from '../features/actors/actor-index-page.tsx';
import { ActorPage } from '../features/actors/actor-page.tsx';
import { ArticleIndexPage } from '../features/articles/article-index-page.tsx';
import { ArticlePage } from '../features/articles/article-page.tsx';
import { ChannelIndexPage } from '../features/channels/channel-index-page.tsx';
import { ChannelPage } from '../features/channels/channel-page.tsx';
import { NotFoundPage } from '../features/not-found/not-found-page.tsx';
import { TimelinePage } from '../features/timeline/timeline-page.tsx';
import { RootErrorPage, RootLayout } from './root-layout.tsx';

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
 * Vite's BASE_URL always ends in '/' ('/', '/hotline/'). React Router compares the basename
 * as a prefix, so with '/hotline/' the address '/hotline' (no slash) would match nothing;
 * without the trailing slash both '/hotline' and '/hotline/' open the timeline.
 * A relative base ('./') cannot anchor client routes, so it falls back to '/'.
 *
 *   '/' → '/'    '/hotline/' → '/hotline'    './' → '/'
 */
export function routerBasename(baseUrl: string): string {
  if (!baseUrl.startsWith('/')) return '/';
  return baseUrl.replace(/\/+$/, '') || '/';
}

export function createAppRouter() {
  return createBrowserRouter(routes, { basename: routerBasename(import.meta.env.BASE_URL) });
}
