import { describe, expect, it } from 'vitest';
import { sentenceAround, sentenceStarts } from '../../../src/domain/sentences.ts';

const around = (text: string, name: string, maxLength?: number) => {
  const start = text.indexOf(name);
  const r = sentenceAround(text, { start, end: start + name.length }, maxLength);
  return [text.slice(r.start, r.end), r.cutBefore, r.cutAfter];
};

describe('sentenceStarts', () => {
  it.each<[string, string, string[]]>([
    ['one sentence', 'Wu Qian spoke.', ['Wu Qian spoke.']],
    ['two sentences', 'Wu Qian spoke. Austin listened.', ['Wu Qian spoke. ', 'Austin listened.']],
    ['an abbreviated title does not end one', 'Gen. Brown met Liu. The talks ended.', ['Gen. Brown met Liu. ', 'The talks ended.']],
    ['nor do dotted initials', 'The U.S. Navy and Charles Q. Brown agreed. Then they left.', ['The U.S. Navy and Charles Q. Brown agreed. ', 'Then they left.']],
    ['a lower-case word after a stop continues it', 'It was 3 p.m. when the call ended.', ['It was 3 p.m. when the call ended.']],
    ['closing quotes stay with their sentence', '“We agree,” Wu said. “Talks resume.” Then silence.', ['“We agree,” Wu said. ', '“Talks resume.” ', 'Then silence.']],
    ['question and exclamation marks end sentences', 'Will they talk? Yes! They will.', ['Will they talk? ', 'Yes! ', 'They will.']],
    ['a month abbreviation does not end one', 'On Aug. 31 Wu spoke.', ['On Aug. 31 Wu spoke.']],
    ['no space after the stop, no break', 'See china-arms.com.It said so.', ['See china-arms.com.It said so.']],
  ])('%s', (_, text, sentences) => {
    const starts = sentenceStarts(text);
    expect(starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length))).toEqual(sentences);
  });
});

describe('sentenceAround', () => {
  const text = 'Gen. Brown met Liu. Wu Qian said the U.S. side agreed. Talks resume in May.';
  it.each<[string, string, number | undefined, [string, boolean, boolean]]>([
    ['the sentence holding the name, trimmed', 'Wu Qian', undefined, ['Wu Qian said the U.S. side agreed.', false, false]],
    ['the first sentence', 'Liu', undefined, ['Gen. Brown met Liu.', false, false]],
    ['the last sentence', 'May', undefined, ['Talks resume in May.', false, false]],
    ['a long sentence is cut to a window at word boundaries', 'U.S.', 16, ['the U.S. side', true, true]],
  ])('%s', (_, name, max, expected) => {
    expect(around(text, name, max)).toEqual(expected);
  });

  it('a span that straddles a break gets both sentences', () => {
    const start = text.indexOf('Liu');
    const r = sentenceAround(text, { start, end: start + 10 });
    expect(text.slice(r.start, r.end)).toBe('Gen. Brown met Liu. Wu Qian said the U.S. side agreed.');
  });

  it('a window always holds the whole span, even when the span is longer than the window', () => {
    const long = `${'word '.repeat(80)}Wu Qian ${'word '.repeat(80)}`;
    const start = long.indexOf('Wu Qian');
    const r = sentenceAround(long, { start, end: start + 7 }, 20);
    expect(r.start).toBeLessThanOrEqual(start);
    expect(r.end).toBeGreaterThanOrEqual(start + 7);
    expect(r.end - r.start).toBeLessThanOrEqual(20);
    expect([r.cutBefore, r.cutAfter]).toEqual([true, true]);
  });
});
