/** A half-open range of UTF-16 code units in one paragraph: `text.slice(start, end)`. */
export type Span = { readonly start: number; readonly end: number };

/**
 * A run of the paragraph that every covering span covers whole: nothing starts or ends inside
 * it. `mentions` and `quotes` list the covering spans in the order they were given.
 */
export type TextSegment<M extends Span, Q extends Span> = {
  start: number;
  end: number;
  text: string;
  mentions: M[];
  quotes: Q[];
};

/**
 * Splits a paragraph into ordered, non-overlapping segments at every point where a mention or
 * an evidence quote starts or ends, so overlapping and nested highlights can be drawn as flat
 * runs of text (each run knows everything that covers it). The segments tile the paragraph
 * exactly: their texts concatenate to the paragraph, and neighbours never have the same
 * coverage. Pure; no DOM: the renderer turns each segment into text nodes, never HTML.
 *
 *   text:     "Wu Qian said the talks resumed."
 *   mentions: W [0, 7)            ("Wu Qian")
 *   quotes:   A [0, 31), B [3, 22)
 *   out:      [0, 3)   "Wu "               mentions [W]  quotes [A]
 *             [3, 7)   "Qian"              mentions [W]  quotes [A, B]   ← B starts mid-mention
 *             [7, 22)  " said the talks"   mentions []   quotes [A, B]
 *             [22, 31) " resumed."         mentions []   quotes [A]
 *
 * Spans are clipped to the paragraph; a span that is empty after clipping (or has end ≤ start)
 * covers nothing and is left out. `checkIntegrity` rejects such offsets in the dataset, so
 * this only guards the view against a broken file. An empty paragraph has no segments.
 */
export function textSegments<M extends Span, Q extends Span>(
  text: string,
  mentions: readonly M[],
  quotes: readonly Q[],
): TextSegment<M, Q>[] {
  const length = text.length;
  const clip = (n: number) => Math.min(Math.max(n, 0), length);
  const live = <S extends Span>(spans: readonly S[]) =>
    spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && clip(s.start) < clip(s.end));
  const liveMentions = live(mentions);
  const liveQuotes = live(quotes);

  const cuts = new Set<number>([0, length]);
  for (const s of [...liveMentions, ...liveQuotes]) {
    cuts.add(clip(s.start));
    cuts.add(clip(s.end));
  }
  const points = [...cuts].sort((a, b) => a - b);

  const segments: TextSegment<M, Q>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    // No span starts or ends strictly inside (start, end), so "covers start" means "covers all of it".
    const covers = (s: Span) => clip(s.start) <= start && clip(s.end) >= end;
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      mentions: liveMentions.filter(covers),
      quotes: liveQuotes.filter(covers),
    });
  }
  return segments;
}
