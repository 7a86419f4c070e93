import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textSegments, type Span } from '../../../src/domain/text-segments.ts';

type Named = Span & { id: string };
const m = (id: string, start: number, end: number): Named => ({ id, start, end });
const q = m;

/** Segments as [text, mention ids, quote ids], easy to read in a table. */
const compact = (text: string, mentions: Named[], quotes: Named[]) =>
  textSegments(text, mentions, quotes).map((s) => [s.text, s.mentions.map((x) => x.id), s.quotes.map((x) => x.id)]);

const TEXT = 'Wu Qian said the talks resumed.'; // 31 code units

describe('textSegments', () => {
  it.each<[string, string, Named[], Named[], [string, string[], string[]][]]>([
    ['no spans: the whole paragraph, covered by nothing', TEXT, [], [], [[TEXT, [], []]]],
    ['an empty paragraph has no segments', '', [m('M', 0, 0)], [], []],
    [
      'a mention inside a quote',
      TEXT,
      [m('W', 0, 7)],
      [q('A', 0, 22)],
      [
        ['Wu Qian', ['W'], ['A']],
        [' said the talks', [], ['A']],
        [' resumed.', [], []],
      ],
    ],
    [
      'a quote that starts mid-mention',
      TEXT,
      [m('W', 0, 7)],
      [q('B', 3, 31)],
      [
        ['Wu ', ['W'], []],
        ['Qian', ['W'], ['B']],
        [' said the talks resumed.', [], ['B']],
      ],
    ],
    [
      'a mention that runs past the end of a quote',
      TEXT,
      [m('W', 0, 7)],
      [q('C', 0, 5)],
      [
        ['Wu Qi', ['W'], ['C']],
        ['an', ['W'], []],
        [' said the talks resumed.', [], []],
      ],
    ],
    [
      'two quotes overlapping',
      TEXT,
      [],
      [q('A', 0, 12), q('B', 8, 22)],
      [
        ['Wu Qian ', [], ['A']],
        ['said', [], ['A', 'B']],
        [' the talks', [], ['B']],
        [' resumed.', [], []],
      ],
    ],
    [
      'a quote nested in another, with a mention inside both',
      TEXT,
      [m('W', 3, 7)],
      [q('A', 0, 31), q('B', 3, 12)],
      [
        ['Wu ', [], ['A']],
        ['Qian', ['W'], ['A', 'B']],
        [' said', [], ['A', 'B']],
        [' the talks resumed.', [], ['A']],
      ],
    ],
    [
      'the example in the doc comment: a mention, a whole quote, a quote starting mid-mention',
      TEXT,
      [m('W', 0, 7)],
      [q('A', 0, 31), q('B', 3, 22)],
      [
        ['Wu ', ['W'], ['A']],
        ['Qian', ['W'], ['A', 'B']],
        [' said the talks', [], ['A', 'B']],
        [' resumed.', [], ['A']],
      ],
    ],
    [
      'two identical quotes share every segment, in the order given',
      TEXT,
      [],
      [q('Z', 0, 7), q('Y', 0, 7)],
      [
        ['Wu Qian', [], ['Z', 'Y']],
        [' said the talks resumed.', [], []],
      ],
    ],
    [
      'adjacent mentions stay apart',
      TEXT,
      [m('W1', 0, 2), m('W2', 2, 7)],
      [],
      [
        ['Wu', ['W1'], []],
        [' Qian', ['W2'], []],
        [' said the talks resumed.', [], []],
      ],
    ],
    [
      'nested mentions (a surname inside a full name)',
      TEXT,
      [m('full', 0, 7), m('sur', 3, 7)],
      [],
      [
        ['Wu ', ['full'], []],
        ['Qian', ['full', 'sur'], []],
        [' said the talks resumed.', [], []],
      ],
    ],
    ['a span at the very end', TEXT, [], [q('E', 23, 31)], [['Wu Qian said the talks ', [], []], ['resumed.', [], ['E']]]],
    [
      'empty and reversed spans cover nothing',
      TEXT,
      [m('empty', 5, 5)],
      [q('reversed', 9, 4)],
      [[TEXT, [], []]],
    ],
    [
      'spans beyond the paragraph are clipped; one wholly outside is left out',
      TEXT,
      [m('before', -4, 2)],
      [q('after', 23, 99), q('outside', 40, 50)],
      [
        ['Wu', ['before'], []],
        [' Qian said the talks ', [], []],
        ['resumed.', [], ['after']],
      ],
    ],
    ['a fractional offset is no offset', TEXT, [m('frac', 0.5, 3)], [], [[TEXT, [], []]]],
  ])('%s', (_, text, mentions, quotes, expected) => {
    expect(compact(text, mentions, quotes)).toEqual(expected);
  });

  it('keeps hostile markup as plain characters, split only where spans say', () => {
    const text = 'a <script>x</script> b';
    expect(compact(text, [], [q('S', 2, 20)])).toEqual([
      ['a ', [], []],
      ['<script>x</script>', [], ['S']],
      [' b', [], []],
    ]);
  });

  it('segments tile the paragraph exactly and preserve coverage (property)', () => {
    const arb = fc
      .string({ unit: 'grapheme', maxLength: 40 })
      .chain((text) => {
        const span = fc
          .tuple(fc.integer({ min: -3, max: text.length + 3 }), fc.integer({ min: -3, max: text.length + 3 }))
          .map(([start, end]) => ({ start, end }));
        return fc.tuple(fc.constant(text), fc.array(span, { maxLength: 6 }), fc.array(span, { maxLength: 6 }));
      });
    fc.assert(
      fc.property(arb, ([text, rawMentions, rawQuotes]) => {
        const mentions = rawMentions.map((s, i) => ({ ...s, id: `m${i}` }));
        const quotes = rawQuotes.map((s, i) => ({ ...s, id: `q${i}` }));
        const segments = textSegments(text, mentions, quotes);
        if (text === '') return segments.length === 0;

        // Tiling: contiguous, non-empty, from 0 to the end, texts concatenate to the paragraph.
        expect(segments[0]!.start).toBe(0);
        expect(segments.at(-1)!.end).toBe(text.length);
        segments.forEach((s, i) => {
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.text).toBe(text.slice(s.start, s.end));
          if (i > 0) expect(s.start).toBe(segments[i - 1]!.end);
        });
        expect(segments.map((s) => s.text).join('')).toBe(text);

        // Coverage: at every position, exactly the spans covering it, in input order.
        const covering = (spans: Named[], pos: number) => spans.filter((s) => s.start <= pos && pos < s.end).map((s) => s.id);
        for (const s of segments) {
          for (let pos = s.start; pos < s.end; pos++) {
            expect(s.mentions.map((x) => x.id)).toEqual(covering(mentions, pos));
            expect(s.quotes.map((x) => x.id)).toEqual(covering(quotes, pos));
          }
        }
        // Minimal: neighbours never have the same coverage (no needless cut).
        for (let i = 1; i < segments.length; i++) {
          const key = (s: (typeof segments)[number]) => JSON.stringify([s.mentions.map((x) => x.id), s.quotes.map((x) => x.id)]);
          expect(key(segments[i]!)).not.toBe(key(segments[i - 1]!));
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });
});
