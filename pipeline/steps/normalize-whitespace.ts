/**
 * One space wherever the source has any run of whitespace, and none at the ends.
 *
 * Paragraphs and curated evidence quotes both go through this, so a quote copied from a
 * page with NBSPs, tabs or a YAML line break still matches the paragraph verbatim.
 * JavaScript's `\s` already covers NBSP (U+00A0), the U+2000–U+200A spaces, U+202F,
 * U+205F, U+3000, U+FEFF, tabs and line breaks. Zero-width spaces (U+200B) and word
 * joiners (U+2060) are invisible and split nothing, so they are dropped rather than
 * turned into a space.
 *
 *   normalizeWhitespace('  Wu\u00a0Qian\tsaid \n so. ') === 'Wu Qian said so.'
 */
export function normalizeWhitespace(s: string): string {
  return s.replace(/[\u200b\u2060]/g, '').replace(/\s+/g, ' ').trim();
}
