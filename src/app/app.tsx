import { useState } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
// From 'react-router', not 'react-router/dom': under vitest the latter resolves to the CJS build
// while the rest of the app gets the ESM one, and the two do not share router context.
// The DOM variant only adds flushSync for `navigate(…, { flushSync })`, which Hotline does not use.
import { RouterProvider } from 'react-router';
import { createQueryClient } from './query-client.ts';
import { createAppRouter } from './router.tsx';

type AppRouter = ReturnType<typeof createAppRouter>;

type AppProps = {
  /** Tests pass a memory router and their own client; the app makes a browser router. */
  router?: AppRouter;
  queryClient?: QueryClient;
};

export function App({ router, queryClient }: AppProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const [appRouter] = useState(() => router ?? createAppRouter());
  return (
    <QueryClientProvider client={client}>
      <RouterProvider router={appRouter} />
    </QueryClientProvider>
  );
}
