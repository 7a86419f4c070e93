import { useState } from 'react';
import { Link } from 'react-router';
import { countLabel } from '../../domain/labels.ts';
import { actorHref, timelineEventHref } from '../../url/paths.ts';
import { goToHighlight } from './use-scroll-to-highlight.ts';

export type QuoteHighlight = { number: number; eventId: string; summary: string; draft: boolean; targetId: string };
export type EventHighlight = { eventId: string; summary: string; draft: boolean; numbers: readonly number[]; targetId: string };
/** `startAt`: the index in `targetIds` the page opened at (the first, or a linked mention). */
export type ActorHighlight = { actorId: string; name: string; targetIds: readonly string[]; startAt: number };

type HighlightBarProps = {
  quote: QuoteHighlight | null;
  event: EventHighlight | null;
  actor: ActorHighlight | null;
  /** The text shown is the original, where nothing is highlighted. */
  showingOriginal: boolean;
  onClearQuote: () => void;
  onClearEvent: () => void;
  onClearActor: () => void;
  onShowCleaned: () => void;
};

/**
 * Says in words what the text highlights (so the highlight never relies on colour), with a way
 * back to it, previous/next for an actor's mentions, and a way to clear it. Hidden in print.
 */
export function HighlightBar(props: HighlightBarProps) {
  const { quote, event, actor, showingOriginal, onClearQuote, onClearEvent, onClearActor, onShowCleaned } = props;
  if (!quote && !event && !actor) return null;
  return (
    <div className="highlight-bar no-print" role="group" aria-label="Highlights">
      {showingOriginal ? (
        <p>
          Highlights are shown in the cleaned text.{' '}
          <button type="button" className="button" onClick={onShowCleaned}>
            Show the cleaned text
          </button>
        </p>
      ) : null}
      {quote ? (
        <p>
          <span className="swatch swatch--quote" aria-hidden="true" />
          <button type="button" className="link-button" onClick={() => goToHighlight(quote.targetId)} disabled={showingOriginal}>
            Quote {quote.number}
          </button>{' '}
          highlighted: evidence for “{quote.summary}”{quote.draft ? <span className="tag tag--draft">draft</span> : null}{' '}
          <Link to={timelineEventHref(quote.eventId)}>Show the event on the timeline</Link>{' '}
          <button type="button" className="button button--small" onClick={onClearQuote}>
            Clear quote
          </button>
        </p>
      ) : null}
      {event ? (
        <p>
          <span className="swatch swatch--event" aria-hidden="true" />
          <button type="button" className="link-button" onClick={() => goToHighlight(event.targetId)} disabled={showingOriginal}>
            {event.numbers.length === 1 ? `Quote ${event.numbers[0]}` : `Quotes ${event.numbers.join(', ')}`}
          </button>{' '}
          highlighted: the evidence here for “{event.summary}”{event.draft ? <span className="tag tag--draft">draft</span> : null}{' '}
          <Link to={timelineEventHref(event.eventId)}>Show the event on the timeline</Link>{' '}
          <button type="button" className="button button--small" onClick={onClearEvent}>
            Clear event
          </button>
        </p>
      ) : null}
      {actor ? <ActorStepper key={actor.actorId} actor={actor} disabled={showingOriginal} onClear={onClearActor} /> : null}
    </div>
  );
}

function ActorStepper({ actor, disabled, onClear }: { actor: ActorHighlight; disabled: boolean; onClear: () => void }) {
  const [position, setPosition] = useState(actor.startAt);
  const total = actor.targetIds.length;
  const go = (step: number) => {
    const next = (position + step + total) % total;
    setPosition(next);
    goToHighlight(actor.targetIds[next]!);
  };
  return (
    <p>
      <span className="swatch swatch--mention" aria-hidden="true" />
      {countLabel(total, 'mention')} of <Link to={actorHref(actor.actorId)}>{actor.name}</Link> highlighted
      {total > 1 ? (
        <>
          {' '}
          <span aria-live="polite">({position + 1} of {total})</span>{' '}
          <button type="button" className="button button--small" onClick={() => go(-1)} disabled={disabled}>
            Previous mention
          </button>{' '}
          <button type="button" className="button button--small" onClick={() => go(1)} disabled={disabled}>
            Next mention
          </button>
        </>
      ) : null}{' '}
      <button type="button" className="button button--small" onClick={onClear}>
        Clear mentions
      </button>
    </p>
  );
}
