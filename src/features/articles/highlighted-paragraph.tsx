import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { Actor } from '../../schema/dataset.ts';
import type { MentionSpan, ParagraphSegment, QuoteSpan } from '../../domain/article-view.ts';
import { actorHref, mentionAnchor, timelineEventHref } from '../../url/paths.ts';

/** The element id of the current quote: where a `?quote=` link scrolls to. */
export const quoteElementId = (key: string): string => `quote-${key}`;

/** The element id of the first run of an event's first quote: where an `?event=` link scrolls to. */
export const eventQuotesElementId = (eventId: string): string => `event-quotes-${eventId}`;

export type HighlightedParagraphProps = {
  index: number;
  segments: readonly ParagraphSegment[];
  actorsById: ReadonlyMap<string, Actor>;
  /** What each quote supports, for the label of its reference link ("evidence for …"). */
  quoteSummary: (quote: QuoteSpan) => string;
  selectedActor: string | null;
  currentQuote: string | null;
  /** The event whose quotes are all highlighted, and the key of its first quote in the article. */
  selectedEvent: { eventId: string; firstKey: string } | null;
};

/**
 * One cleaned paragraph with actor mentions and evidence quotes drawn over it.
 *
 * Every piece of seed text becomes a text node (DESIGN.md "The app": nothing from a seed is
 * ever HTML). Mentions are links to the actor's profile, with a dotted underline; quotes are
 * <mark>s with a solid underline (doubled where two quotes overlap), each closed by a numbered
 * link to its event on the timeline. The current quote is wrapped in one outlined element,
 * labelled aria-current and focusable; a selected event's quotes get a stronger fill and a thick
 * underline; the selected actor's mentions get a solid box. Colour always repeats a line style.
 */
export function HighlightedParagraph(props: HighlightedParagraphProps) {
  const { index, segments, actorsById, quoteSummary, selectedActor, currentQuote, selectedEvent } = props;
  const anchored = new Set<number>();
  const nodes: ReactNode[] = [];
  // Where the current quote's own nodes begin and end in `nodes`, to wrap them in one element.
  let currentFrom = -1;
  let currentTo = -1;
  segments.forEach((segment, i) => {
    for (const quote of segment.quotes) {
      if (quote.start !== segment.start) continue;
      if (quote.key === currentQuote) currentFrom = nodes.length;
      nodes.push(
        <span key={`qs-${i}-${quote.key}`} className="visually-hidden">
          {`[quote ${quote.number}] `}
        </span>,
      );
    }

    let node: ReactNode = segment.text;
    const mention = outermost(segment.mentions);
    if (mention) {
      const actor = actorsById.get(mention.actorId);
      const selected = selectedActor !== null && segment.mentions.some((m) => m.actorId === selectedActor);
      // One id per mention start (two mentions may start together), for `#mention-p-s` links.
      const startsHere = segment.mentions.some((m) => m.start === segment.start) && !anchored.has(segment.start);
      if (startsHere) anchored.add(segment.start);
      const name = actor?.name ?? mention.actorId;
      node = (
        <Link
          to={actorHref(mention.actorId)}
          id={startsHere ? mentionAnchor(index, segment.start) : undefined}
          className={selected ? 'mention mention--selected' : 'mention'}
          data-actor={mention.actorId}
          aria-label={`${segment.text.trim()} (${name}${selected ? ', highlighted mention' : ''})`}
          title={name}
        >
          {node}
        </Link>
      );
    }

    if (segment.quotes.length > 0) {
      const depth = Math.min(segment.quotes.length, 3);
      const ofEvent = selectedEvent !== null && segment.quotes.some((q) => q.eventId === selectedEvent.eventId);
      const eventStart = ofEvent && segment.quotes.some((q) => q.key === selectedEvent.firstKey && q.start === segment.start);
      node = (
        <mark
          className={`quote quote--depth-${depth}${ofEvent ? ' quote--selected' : ''}`}
          data-quote={segment.quotes.map((q) => q.key).join(' ')}
          id={eventStart ? eventQuotesElementId(selectedEvent.eventId) : undefined}
          tabIndex={eventStart ? -1 : undefined}
        >
          {node}
        </mark>
      );
    }
    nodes.push(<Fragment key={`s-${i}`}>{node}</Fragment>);

    for (const quote of segment.quotes) {
      if (quote.end !== segment.end) continue;
      const current = quote.key === currentQuote;
      if (current) currentTo = nodes.length;
      nodes.push(
        <Link
          key={`qe-${i}-${quote.key}`}
          to={timelineEventHref(quote.eventId)}
          className={current ? 'quote-ref quote-ref--current' : 'quote-ref'}
          aria-label={`Quote ${quote.number}: evidence for “${quoteSummary(quote)}”. Show the event on the timeline`}
        >
          {quote.number}
        </Link>,
      );
    }
  });

  if (currentQuote !== null && currentFrom >= 0 && currentTo > currentFrom) {
    // The current quote as one focusable element: one outline around it, one scroll target.
    nodes.splice(
      currentFrom,
      currentTo - currentFrom,
      <span key="current" id={quoteElementId(currentQuote)} className="quote-current" aria-current="true" tabIndex={-1}>
        {nodes.slice(currentFrom, currentTo)}
      </span>,
    );
  }
  return <p id={`p-${index}`}>{nodes}</p>;
}

/** Of several mentions over one run, the one that starts first (then the longest): it names the run. */
function outermost(mentions: readonly MentionSpan[]): MentionSpan | undefined {
  let best: MentionSpan | undefined;
  for (const m of mentions) {
    if (!best || m.start < best.start || (m.start === best.start && m.end > best.end)) best = m;
  }
  return best;
}
