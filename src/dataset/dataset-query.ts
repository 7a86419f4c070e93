import { queryOptions } from '@tanstack/react-query';
import { DatasetSchema } from '../schema/dataset.ts';
import { fetchDataFile } from './fetch-data-file.ts';

/** Where the core file is served; BASE_URL ends with '/' and carries the deploy sub-path. */
export const datasetUrl = (): string => `${import.meta.env.BASE_URL}data/dataset.json`;

/**
 * The one definition of the dataset query, shared by every reader (and by tests, which seed
 * it with `queryClient.setQueryData(datasetQuery.queryKey, fixture)`).
 *
 * A static file: never stale, never refetched behind the analyst's back, and never retried —
 * a missing or broken file stays broken, so its error must show at once, not after a
 * retry loop.
 */
export const datasetQuery = queryOptions({
  queryKey: ['dataset'] as const,
  queryFn: ({ signal }) => fetchDataFile(datasetUrl(), DatasetSchema, 'the dataset', signal),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
});
