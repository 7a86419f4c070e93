import type { Span } from './text-segments.ts';

// Words that end in a full stop without ending the sentence. Single letters (initials such as
// "Charles Q. Brown") and dotted letter runs ("U.S.", "U.K.") are handled by a pattern.
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'adm', 'lt', 'col', 'maj', 'capt', 'cmdr', 'sgt', 'brig',
    'rep', 'sen', 'gov', 'pres', 'amb', 'sec', 'jr', 'sr', 'st', 'no', 'vol', 'vs', 'etc', 'inc',
    'corp', 'co', 'ltd', 'dept', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
    'oct', 'nov', 'dec', 'approx', 'e.g', 'i.e',
  ],
);
const INITIALS = /^(?:[A-Za-z]\.)*[A-Za-z]$/;
// Sentence-ending punctuation, any closing quotes or brackets, then the space before the next sentence.
const TERMINATOR = /[.!?]+["”’')\]]*\s+/g;
// A new sentence starts with a capital, a digit or an opening quote or bracket.
const SENTENCE_START = /^["“‘'([\p{Lu}\d]/u;

/**
 * Where sentences start in a paragraph: 0, then the index after each sentence break.
 *
 *   "Gen. Brown met Liu. The U.S. side said so." → [0, 20]
 *
 * A heuristic for showing a mention in context, not a linguistic parser: a full stop after an
 * abbreviation or an initial does not end a sentence, and a break needs a capital, a digit
 * or an opening quote after it.
 */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(TERMINATOR)) {
    const at = match.index;
    const next = at + match[0].length;
    if (next >= text.length || !SENTENCE_START.test(text.slice(next, next + 1))) continue;
    if (match[0].startsWith('.') && !match[0].startsWith('..')) {
      const word = /([^\s"“‘'([]+)$/.exec(text.slice(0, at))?.[1] ?? '';
      if (INITIALS.test(word) || ABBREVIATIONS.has(word.toLowerCase())) continue;
    }
    starts.push(next);
  }
  return starts;
}

/** A sentence (or a window of one), and whether text was cut off at either end. */
export type SentenceRange = Span & { cutBefore: boolean; cutAfter: boolean };

/**
 * The sentence(s) holding `span`, trimmed of surrounding spaces. A sentence longer than
 * `maxLength` is cut to a window around the span at word boundaries, flagged so the view can
 * show an ellipsis.
 *
 *   ("Gen. Brown met Liu. The U.S. side said so.", [15, 18)) → [0, 19) "Gen. Brown met Liu."
 */
export function sentenceAround(text: string, span: Span, maxLength = 320): SentenceRange {
  const starts = sentenceStarts(text);
  let start = 0;
  let end = text.length;
  for (const s of starts) {
    if (s <= span.start) start = s;
    else if (s >= span.end) {
      end = s;
      break;
    }
  }
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  while (start < end && /\s/.test(text[start]!)) start++;
  if (end - start <= maxLength) return { start, end, cutBefore: false, cutAfter: false };

  // Centre a window on the span, then move each edge inwards to a word boundary.
  const room = Math.max(0, maxLength - (span.end - span.start));
  let from = Math.max(start, span.start - Math.floor(room / 2));
  let to = Math.min(end, from + Math.max(maxLength, span.end - from));
  if (to === end) from = Math.max(start, Math.min(from, end - maxLength));
  if (from > start) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < span.start) from = space + 1;
  }
  if (to < end) {
    const space = text.lastIndexOf(' ', to);
    if (space >= span.end) to = space;
  }
  return { start: from, end: to, cutBefore: from > start, cutAfter: to < end };
}
