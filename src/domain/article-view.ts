import type { ArticleBody, Event, Evidence, Mention } from '../schema/dataset.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { compareIds } from './list-query.ts';
import { textSegments, type Span, type TextSegment } from './text-segments.ts';

/** The address of one evidence quote: `<eventId>.<n>`, n being its index in `event.evidence`. */
export const quoteKey = (eventId: string, evidenceIndex: number): string => `${eventId}.${evidenceIndex}`;

/** One evidence quote found in the article, numbered in reading order (1, 2, …). */
export type ArticleQuote = {
  key: string;
  number: number;
  event: Event;
  evidenceIndex: number;
  evidence: Evidence;
};

/**
 * Every evidence quote taken from the article, in reading order (paragraph, start, then end
 * and key for quotes that start together), numbered from 1. The numbers are what the text
 * shows after each quote and what the side panel lists.
 */
export function articleQuotes(index: DatasetIndex, articleId: string): ArticleQuote[] {
  const found: Omit<ArticleQuote, 'number'>[] = [];
  for (const event of index.eventsByArticle.get(articleId) ?? []) {
    event.evidence.forEach((evidence, evidenceIndex) => {
      if (evidence.articleId === articleId) found.push({ key: quoteKey(event.id, evidenceIndex), event, evidenceIndex, evidence });
    });
  }
  found.sort(
    (a, b) =>
      a.evidence.paragraph - b.evidence.paragraph ||
      a.evidence.start - b.evidence.start ||
      a.evidence.end - b.evidence.end ||
      compareIds(a.key, b.key),
  );
  return found.map((quote, i) => ({ ...quote, number: i + 1 }));
}

export type MentionSpan = Span & { actorId: string; paragraph: number };
export type QuoteSpan = Span & { key: string; number: number; eventId: string };
export type ParagraphSegment = TextSegment<MentionSpan, QuoteSpan>;

/**
 * The cleaned text as paragraphs of segments, each segment knowing the mentions and quotes
 * that cover it (see `textSegments`).
 */
export function articleParagraphs(body: ArticleBody, quotes: readonly ArticleQuote[]): ParagraphSegment[][] {
  const mentionsByParagraph = groupBy(body.mentions, (m) => m.paragraph);
  const quotesByParagraph = groupBy(quotes, (q) => q.evidence.paragraph);
  return body.paragraphs.map((text, p) => {
    const mentions: MentionSpan[] = (mentionsByParagraph.get(p) ?? []).map((m: Mention) => ({
      start: m.start,
      end: m.end,
      actorId: m.actorId,
      paragraph: p,
    }));
    const spans: QuoteSpan[] = (quotesByParagraph.get(p) ?? []).map((q) => ({
      start: q.evidence.start,
      end: q.evidence.end,
      key: q.key,
      number: q.number,
      eventId: q.event.id,
    }));
    return textSegments(text, mentions, spans);
  });
}

/** How many times the body names each actor. */
export function mentionCounts(body: ArticleBody): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of body.mentions) counts.set(m.actorId, (counts.get(m.actorId) ?? 0) + 1);
  return counts;
}

/** The actor's mentions in reading order. */
export function mentionsOf(body: ArticleBody, actorId: string): Mention[] {
  return body.mentions
    .filter((m) => m.actorId === actorId)
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || a.end - b.end);
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
