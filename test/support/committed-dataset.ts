import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatasetSchema, type Dataset } from '../../src/schema/dataset.ts';
import { PROJECT_ROOT } from './seed-workspace.ts';

/** public/data/dataset.json, validated: for tests that answer the analysts' questions on the real data. */
export function readCommittedDataset(): Dataset {
  return DatasetSchema.parse(JSON.parse(readFileSync(join(PROJECT_ROOT, 'public/data/dataset.json'), 'utf8')));
}
