import type { DatasetIndex } from '../domain/dataset-index.ts';
import { defineSearch, flag, id, type ParamCodec } from './codec.ts';

/** One evidence quote: the event and the quote's index in `event.evidence`. */
export type QuoteRef = { eventId: string; index: number };

/**
 * `<eventId>.<n>` ⇄ { eventId, index }. Event ids are slugs (no dots), so the last dot splits.
 *
 *   "evt-2023-08-31-talks.0" ⇄ { eventId: 'evt-2023-08-31-talks', index: 0 }
 *   "evt-a.01", "evt-a", "EVT.1" → invalid
 */
export const quoteParam: ParamCodec<QuoteRef> = {
  parse: (raw) => {
    const m = /^([a-z0-9][a-z0-9-]*)\.(0|[1-9]\d{0,3})$/.exec(raw);
    return m ? { eventId: m[1]!, index: Number(m[2]) } : undefined;
  },
  serialize: (q) => `${q.eventId}.${q.index}`,
  expected: 'an event id, a dot and a quote number (evt-….0)',
};

/**
 * The article view: `quote` highlights one evidence quote as current and scrolls to it;
 * `event` highlights all of an event's quotes in the article and scrolls to the first; `actor`
 * highlights an actor's mentions and scrolls to the first; `original=1` shows the original text.
 * When several are given, the view opens at the quote, else the event, else the actor.
 *
 *   /articles/003-…?quote=evt-2023-08-aquilino-meets-pla-official-in-fiji.5&actor=pat-ryder
 *   /articles/003-…?event=evt-2023-08-aquilino-meets-pla-official-in-fiji
 */
export type ArticleViewSearch = {
  quote?: QuoteRef | undefined;
  event?: string | undefined;
  actor?: string | undefined;
  original: boolean;
};

/** Values are checked against the dataset and the article being viewed. */
export type ArticleViewContext = { index: DatasetIndex; articleId: string };

export const articleViewSearch = defineSearch<ArticleViewSearch, ArticleViewContext>(
  {
    quote: {
      key: 'quote',
      codec: quoteParam,
      // A quote from another article would highlight nothing here: dropped with a notice.
      exists: (ctx, q) => ctx.index.eventsById.get(q.eventId)?.evidence[q.index]?.articleId === ctx.articleId,
      missing: 'no such quote in this article',
    },
    event: {
      key: 'event',
      codec: id,
      exists: (ctx, eventId) => ctx.index.eventsById.get(eventId)?.evidence.some((e) => e.articleId === ctx.articleId) ?? false,
      missing: 'no quote of such an event in this article',
    },
    actor: {
      key: 'actor',
      codec: id,
      exists: (ctx, actorId) => ctx.index.articlesById.get(ctx.articleId)?.actorIds.includes(actorId) ?? false,
      missing: 'no such actor named in this article',
    },
    original: { key: 'original', codec: flag },
  },
  { original: false },
);
