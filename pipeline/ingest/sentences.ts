/** A piece of a paragraph, with its offsets, so a quote taken from it is verbatim. */
export type TextSpan = { text: string; start: number; end: number };

/**
 * Abbreviations that end with a period inside a sentence: titles and ranks ("Gen.", "Adm.",
 * "Lt."), months ("Sept. 10"), and a few others. A single capital before a period ("U.S.",
 * "Lloyd J. Austin") never ends a sentence either.
 */
const ABBREVIATIONS = new Set(
  `adm brig capt cdr cmdr col cpl gen gov lt maj mr mrs ms dr prof rep rev sen sgt sr jr st no nos vs etc inc co corp ltd dept
  jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx est fig vol`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Splits a paragraph into sentences, with offsets into the paragraph.
 *
 * A sentence ends at ".", "!" or "?" (and any closing quote or bracket after it) followed by
 * a space and a capital, a digit or an opening quote, unless the period closes an
 * abbreviation or an initial. Text is never altered: `paragraph.slice(start, end) === text`.
 *
 *   splitSentences('Gen. Brown spoke with Liu. The U.S. side said so.')
 *     → ['Gen. Brown spoke with Liu.', 'The U.S. side said so.']
 */
export function splitSentences(paragraph: string): TextSpan[] {
  const out: TextSpan[] = [];
  let start = 0;
  const re = /[.!?]+["”’')\]]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu;
  for (const m of paragraph.matchAll(re)) {
    const end = m.index + m[0].length;
    const next = /^\s+["“‘(]?([\p{L}]+)/u.exec(paragraph.slice(end))?.[1] ?? '';
    // "… interactions with the U.S. The situation …": an abbreviation can end a sentence too,
    // when a word that opens sentences follows it.
    if (m[0].startsWith('.') && m[0].length === 1 && isAbbreviation(paragraph.slice(start, m.index)) && !OPENERS.has(next)) continue;
    push(out, paragraph, start, end);
    start = end;
  }
  push(out, paragraph, start, paragraph.length);
  return out;
}

const OPENERS = new Set(
  'The This That These Those It Its He She They We I But However Meanwhile Still Yet Some Many Both Neither Later Earlier So Also Instead Nevertheless'.split(' '),
);

function isAbbreviation(before: string): boolean {
  // The word before the period, also after a hyphen or slash: "then-U.S.", "U.S./China".
  const word = /(?:^|[\s(“"‘'\-/])([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J." in "Lloyd J. Austin"
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "a.m"
  return ABBREVIATIONS.has(word.toLowerCase());
}

function push(out: TextSpan[], paragraph: string, start: number, end: number) {
  const raw = paragraph.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text) out.push({ text, start: start + lead, end: start + lead + text.length });
}

/**
 * The clauses of a compound sentence that may each report an event: the sentence is cut
 * before ", and", "; ", ", while" and "and will", so "Biden and Xi agreed last November to restore
 * communications, and Austin met Dong in Singapore in May" gives two clauses. Whether a
 * clause is used on its own is the caller's decision (only when each holds its own event).
 */
export function splitClauses(sentence: TextSpan): TextSpan[] {
  const out: TextSpan[] = [];
  let start = 0;
  const text = sentence.text;
  // Also before "and will …": "resumed the talks and will hold a meeting in the spring".
  for (const m of text.matchAll(/(?:,\s+(?:and|while|but|whereas)\s+|;\s+|\s+and\s+(?=(?:will|would|plans?\s+to|are\s+due\s+to|is\s+due\s+to)\s))/g)) {
    const cut = m.index;
    out.push(clause(sentence, start, cut));
    // The next clause starts after the conjunction, so its quote reads as a sentence.
    start = m.index + m[0].length;
  }
  out.push(clause(sentence, start, text.length));
  return out.filter((c) => c.text.length > 0);
}

function clause(sentence: TextSpan, from: number, to: number): TextSpan {
  const raw = sentence.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return { text, start: sentence.start + from + lead, end: sentence.start + from + lead + text.length };
}
