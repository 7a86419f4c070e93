import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ArticleBodySchema, DatasetSchema } from '../../src/schema/dataset.ts';
import { checkIntegrity } from '../../src/schema/integrity.ts';
import { makeSourceViewBody, makeSourceViewDataset } from '../support/source-view-fixture.ts';

// The actor and article tests lean on this fixture; it must satisfy the contract the pipeline writes.
describe('the source-view fixture', () => {
  const ids = ['art-alpha', 'art-bravo', 'art-charlie', 'art-delta'] as const;

  it('is a valid dataset with valid bodies', () => {
    const result = DatasetSchema.safeParse(makeSourceViewDataset());
    expect(result.success ? [] : z.prettifyError(result.error)).toEqual([]);
    for (const id of ids) expect(ArticleBodySchema.safeParse(makeSourceViewBody(id)).success, id).toBe(true);
  });

  it('passes the integrity check, quotes and mention offsets included', () => {
    const bodies = new Map(ids.map((id) => [id, makeSourceViewBody(id)]));
    expect(checkIntegrity(makeSourceViewDataset(), bodies)).toEqual([]);
  });

  it('lists each article’s actors and mention count as its body holds them', () => {
    const dataset = makeSourceViewDataset();
    // alpha and bravo come from the base fixture, whose bodies carry no mentions.
    for (const id of ['art-charlie', 'art-delta'] as const) {
      const article = dataset.articles.find((a) => a.id === id)!;
      const body = makeSourceViewBody(id);
      expect(article.mentionCount, id).toBe(body.mentions.length);
      expect([...new Set(body.mentions.map((m) => m.actorId))].sort(), id).toEqual(article.actorIds);
    }
  });
});
