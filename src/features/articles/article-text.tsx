import type { Actor, Event } from '../../schema/dataset.ts';
import type { ParagraphSegment, QuoteSpan } from '../../domain/article-view.ts';
import { HighlightedParagraph } from './highlighted-paragraph.tsx';

type ArticleTextProps = {
  paragraphs: readonly (readonly ParagraphSegment[])[];
  actorsById: ReadonlyMap<string, Actor>;
  eventsById: ReadonlyMap<string, Event>;
  selectedActor: string | null;
  currentQuote: string | null;
  selectedEvent: { eventId: string; firstKey: string } | null;
};

/**
 * The cleaned paragraphs with mentions and quotes highlighted, as text nodes only: DESIGN.md
 * "The app" — nothing from a seed ever becomes HTML, so a paragraph holding "<script>" shows
 * those characters.
 */
export function ArticleText({ paragraphs, actorsById, eventsById, selectedActor, currentQuote, selectedEvent }: ArticleTextProps) {
  if (paragraphs.length === 0) return <p className="muted">The cleaned text has no paragraphs.</p>;
  const quoteSummary = (quote: QuoteSpan) => eventsById.get(quote.eventId)?.summary ?? quote.eventId;
  return (
    <div className="article-text">
      {paragraphs.map((segments, i) => (
        <HighlightedParagraph
          key={i}
          index={i}
          segments={segments}
          actorsById={actorsById}
          quoteSummary={quoteSummary}
          selectedActor={selectedActor}
          currentQuote={currentQuote}
          selectedEvent={selectedEvent}
        />
      ))}
    </div>
  );
}
