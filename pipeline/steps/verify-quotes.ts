import type { SourceBlock } from '../../src/schema/dataset.ts';
import { normalizeWhitespace } from './normalize-whitespace.ts';

export type QuoteLocation = { paragraph: number; start: number; end: number };

/**
 * Finds a curated quote in the cleaned paragraphs. Only whitespace may differ (line breaks
 * in YAML, double spaces in the source); every other character must be verbatim. The first
 * occurrence wins, so offsets are stable.
 *
 * When the quote is not found, the result says why, in words an analyst can act on: the
 * quote differs in punctuation only, spans two paragraphs, or sits in text removed as
 * boilerplate.
 */
export function locateQuote(
  paragraphs: readonly string[],
  blocks: readonly SourceBlock[],
  rawQuote: string,
): { found: QuoteLocation } | { problem: string } {
  const quote = normalizeWhitespace(rawQuote);
  for (let p = 0; p < paragraphs.length; p++) {
    const start = paragraphs[p]!.indexOf(quote);
    if (start >= 0) return { found: { paragraph: p, start, end: start + quote.length } };
  }

  const loose = loosen(quote);
  if (paragraphs.some((p) => loosen(p).includes(loose))) {
    return { problem: 'not found verbatim: the article has it with different quote marks, apostrophes or dashes; copy it from the article' };
  }
  if (normalizeWhitespace(paragraphs.join(' ')).includes(quote)) {
    return { problem: 'spans two paragraphs; split it into one quote per paragraph' };
  }
  const removed = blocks.find((b) => b.paragraph === null && normalizeWhitespace(b.text).includes(quote));
  if (removed) {
    return { problem: `is in text the cleaning step removed (${removed.role}: ${removed.reason}), not in the article body` };
  }
  return { problem: 'not found in the article text' };
}

/** Folds typographic variants together, for the "almost verbatim" hint only. */
function loosen(s: string): string {
  return s
    .replace(/[‘’‛′`]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}
