import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ArticleBodySchema, DatasetSchema } from '../../src/schema/dataset.ts';
import { checkIntegrity } from '../../src/schema/integrity.ts';
import { makeFixtureBody, makeFixtureDataset, PARAGRAPHS } from '../support/dataset-fixture.ts';

// The component tests are only as good as their fixture: it must satisfy the same contract
// the pipeline writes and the app reads.
describe('the component-test fixture', () => {
  it('is a valid dataset', () => {
    const result = DatasetSchema.safeParse(makeFixtureDataset());
    expect(result.success ? [] : z.prettifyError(result.error)).toEqual([]);
  });

  it('passes the integrity check, evidence offsets included', () => {
    const bodies = new Map(
      (Object.keys(PARAGRAPHS) as (keyof typeof PARAGRAPHS)[]).map((k) => [`art-${k}`, makeFixtureBody(k)]),
    );
    expect(checkIntegrity(makeFixtureDataset(), bodies)).toEqual([]);
  });

  it('has valid article bodies', () => {
    for (const key of Object.keys(PARAGRAPHS) as (keyof typeof PARAGRAPHS)[]) {
      expect(ArticleBodySchema.safeParse(makeFixtureBody(key)).success).toBe(true);
    }
  });
});
