import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitClauses, splitSentences } from '../../../../pipeline/ingest/sentences.ts';

const texts = (p: string) => splitSentences(p).map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    ['Gen. Brown spoke with Liu. The U.S. side said so.', ['Gen. Brown spoke with Liu.', 'The U.S. side said so.']],
    ['Secretary Lloyd J. Austin III spoke today. It was brief.', ['Secretary Lloyd J. Austin III spoke today.', 'It was brief.']],
    ['Trump and Xi held a call on Jan. 17, days before. Then they met.', ['Trump and Xi held a call on Jan. 17, days before.', 'Then they met.']],
    ['Beijing cut off talks after then-U.S. House Speaker Nancy Pelosi visited. Ties froze.', ['Beijing cut off talks after then-U.S. House Speaker Nancy Pelosi visited.', 'Ties froze.']],
    // An abbreviation can end a sentence when a sentence opener follows.
    ['China suspended its interactions with the U.S. The situation worsened.', ['China suspended its interactions with the U.S.', 'The situation worsened.']],
    ['"We are talking," Wu said. "That matters."', ['"We are talking," Wu said.', '"That matters."']],
    ['Did they meet? Nobody knows.', ['Did they meet?', 'Nobody knows.']],
    ['No final stop', ['No final stop']],
  ])('%s', (paragraph, expected) => {
    expect(texts(paragraph)).toEqual(expected);
  });

  it('offsets always point at the text, verbatim', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('U.S. ', 'Gen. ', 'Liu spoke. ', 'The call. ', 'on Jan. 5, ', '"Yes." ', 'then-U.S. ', '  ', 'It was. '), { maxLength: 12 }), (parts) => {
        const paragraph = parts.join('').trim();
        for (const s of splitSentences(paragraph)) expect(paragraph.slice(s.start, s.end)).toBe(s.text);
      }),
    );
  });
});

describe('splitClauses', () => {
  const clauses = (s: string) => splitClauses({ text: s, start: 10, end: 10 + s.length });

  it('cuts before ", and", "; " and "and will", with offsets into the paragraph', () => {
    const s = 'Biden and Xi agreed last November to restore ties, and Austin met Dong in May; talks resumed and will continue in the spring.';
    expect(clauses(s).map((c) => c.text)).toEqual([
      'Biden and Xi agreed last November to restore ties',
      'Austin met Dong in May',
      'talks resumed',
      'will continue in the spring.',
    ]);
    for (const c of clauses(s)) expect(s.slice(c.start - 10, c.end - 10)).toBe(c.text);
  });

  it('leaves "Biden and Xi" alone: no comma, no "will"', () => {
    expect(clauses('Biden and Xi met in Woodside.').map((c) => c.text)).toEqual(['Biden and Xi met in Woodside.']);
  });
});
