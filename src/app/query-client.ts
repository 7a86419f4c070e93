import { QueryClient } from '@tanstack/react-query';

/**
 * Every query in Hotline reads a static file built by `npm run data`. Nothing changes while the
 * page is open, so: never stale, no refetch on focus or reconnect, and no retries — a missing
 * or broken file stays broken, and its error must show at once rather than after a retry loop.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        retry: false,
      },
    },
  });
}
