import { queryOptions } from '@tanstack/react-query';
import { ArticleBodySchema } from '../schema/dataset.ts';
import { fetchDataFile } from './fetch-data-file.ts';
import { DatasetLoadError } from './load-error.ts';

/** DESIGN.md "The dataset": article bodies live in per-article files, fetched when opened. */
export const articleBodyUrl = (articleId: string): string =>
  `${import.meta.env.BASE_URL}data/articles/${encodeURIComponent(articleId)}.json`;

/**
 * The body (cleaned paragraphs, source blocks, mentions) of one article. Same rules as
 * `datasetQuery`: static, never refetched, never retried. A body file whose `id` is not the
 * article asked for is `invalid`: showing another article's text would be worse than none.
 */
export const articleBodyQuery = (articleId: string) =>
  queryOptions({
    queryKey: ['article-body', articleId] as const,
    queryFn: async ({ signal }) => {
      const url = articleBodyUrl(articleId);
      const resource = `the text of article ${articleId}`;
      const body = await fetchDataFile(url, ArticleBodySchema, resource, signal);
      if (body.id !== articleId) {
        throw new DatasetLoadError({
          kind: 'invalid',
          resource,
          url,
          detail: '1 problem',
          issues: [`id: expected "${articleId}", found "${body.id}"`],
        });
      }
      return body;
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
