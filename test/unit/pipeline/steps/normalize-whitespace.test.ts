import { describe, expect, it } from 'vitest';
import { normalizeWhitespace } from '../../../../pipeline/steps/normalize-whitespace.ts';

describe('normalizeWhitespace', () => {
  it.each([
    ['plain text stays', 'Wu Qian said.', 'Wu Qian said.'],
    ['trims both ends', '  Wu Qian said.   ', 'Wu Qian said.'],
    ['collapses runs of spaces', 'Wu   Qian  said.', 'Wu Qian said.'],
    ['tab', 'Wu\tQian', 'Wu Qian'],
    ['NBSP (U+00A0)', 'Wu\u00a0Qian', 'Wu Qian'],
    ['narrow NBSP (U+202F)', 'Wu\u202fQian', 'Wu Qian'],
    ['en space, thin space, hair space', 'a\u2002b\u2009c\u200ad', 'a b c d'],
    ['ideographic space (U+3000)', 'a\u3000b', 'a b'],
    ['line breaks, LF and CRLF', 'one\ntwo\r\nthree', 'one two three'],
    ['a mixed run becomes one space', 'a \u00a0\t\n b', 'a b'],
    ['zero-width space is dropped, not a space', 'Shang\u200bfu', 'Shangfu'],
    ['only whitespace', ' \u00a0\t\n', ''],
    ['empty', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(normalizeWhitespace(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = normalizeWhitespace(' a\u00a0 b\t\tc ');
    expect(normalizeWhitespace(once)).toBe(once);
  });

  it('makes a quote wrapped over YAML lines match the paragraph it came from', () => {
    const paragraph = normalizeWhitespace('Wu\u00a0Qian emphasized on Thursday that   military interactions');
    const quote = normalizeWhitespace('Wu Qian emphasized on Thursday\nthat military interactions');
    expect(paragraph).toBe(quote);
  });
});
