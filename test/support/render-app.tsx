import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { createQueryClient } from '../../src/app/query-client.ts';
import { routes } from '../../src/app/router.tsx';
import { datasetQuery } from '../../src/dataset/dataset-query.ts';
import type { Dataset } from '../../src/schema/dataset.ts';

type RenderAppOptions = {
  /** Seeded into the query cache, as the fetched dataset would be. Omit to let the app fetch. */
  dataset?: Dataset;
  basename?: string;
};

/** The whole app (real routes, layout, query client defaults) in a memory router at `path`. */
export function renderApp(path: string, { dataset, basename }: RenderAppOptions = {}) {
  const queryClient = createQueryClient();
  if (dataset) queryClient.setQueryData(datasetQuery.queryKey, dataset);
  const router = createMemoryRouter(routes, { initialEntries: [path], ...(basename ? { basename } : {}) });
  const user = userEvent.setup();
  const view = render(<App router={router} queryClient={queryClient} />);
  return { ...view, user, router, queryClient };
}

type FakeFile = { status?: number; body: string; contentType?: string } | 'never';

/**
 * Replaces `fetch` with a map from URL to response; any other URL answers 404.
 * 'never' leaves the request pending, to look at the loading state.
 */
export function stubFetch(files: Record<string, FakeFile>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const file = files[url];
    if (file === 'never') return new Promise<Response>(() => {});
    if (!file) return new Response('Not Found', { status: 404, statusText: 'Not Found' });
    return new Response(file.body, {
      status: file.status ?? 200,
      headers: { 'content-type': file.contentType ?? 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
