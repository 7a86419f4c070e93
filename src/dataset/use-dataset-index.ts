import { useSuspenseQuery } from '@tanstack/react-query';
import { indexDataset, type DatasetIndex } from '../domain/dataset-index.ts';
import { datasetQuery } from './dataset-query.ts';

/**
 * The indexed dataset. Suspends while the file loads (the layout shows the skeleton) and
 * throws a `DatasetLoadError` to the layout's error boundary when it cannot be used.
 * `indexDataset` is a module-level function, so `select` runs once per dataset, not per render.
 */
export function useDatasetIndex(): DatasetIndex {
  return useSuspenseQuery({ ...datasetQuery, select: indexDataset }).data;
}
