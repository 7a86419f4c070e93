// Helpers shared by the actor and article lists: text matching and locale-free ordering.

export const SORT_DIRS = ['asc', 'desc'] as const;
export type SortDir = (typeof SORT_DIRS)[number];

/**
 * Text as it is compared in searches and sorts: lower case, accents and other combining marks
 * removed, curly quotes straightened, runs of space collapsed.
 *
 *   "  Xí  Jìnpíng’s " → "xi jinping's"
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”‟″]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a query, normalised; an empty query has none and matches everything. */
export function queryTerms(query: string): string[] {
  const normal = normalizeForSearch(query);
  return normal === '' ? [] : normal.split(' ');
}

/**
 * Index of the first text that holds every term, or -1. Terms must all be found in the same
 * text, so "wu qian" matches the name "Wu Qian" but not an actor named "Wu" with an alias "Qian".
 *
 *   (['Wu Qian', 'Wu'], ['qian'])  → 0
 *   (['Lloyd Austin', 'Austin'], ['aus']) → 0
 *   (['Li Shangfu'], ['austin'])  → -1
 */
export function firstMatch(texts: readonly string[], terms: readonly string[]): number {
  if (terms.length === 0) return texts.length > 0 ? 0 : -1;
  return texts.findIndex((text) => {
    const normal = normalizeForSearch(text);
    return terms.every((term) => normal.includes(term));
  });
}

const codeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Orders display text the same way in every browser and locale: by the normalised form
 * (so case and accents do not split the list), then by the exact text.
 */
export function compareText(a: string, b: string): number {
  return codeUnits(normalizeForSearch(a), normalizeForSearch(b)) || codeUnits(a, b);
}

export const compareIds = codeUnits;
