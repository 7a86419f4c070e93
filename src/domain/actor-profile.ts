import type { Article, ArticleBody, Event, Evidence, Mention } from '../schema/dataset.ts';
import type { EventType } from '../schema/enums.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { daysBetween } from './days.ts';
import { formatEventDate } from './partial-date.ts';
import { sentenceAround, type SentenceRange } from './sentences.ts';
import { textSegments } from './text-segments.ts';

/** One evidence quote the actor is the speaker of, where it was published, and the event it supports. */
export type Statement = {
  event: Event;
  /** Index in `event.evidence`: with the event id, the quote's address (`?quote=<eventId>.<n>`). */
  evidenceIndex: number;
  evidence: Evidence;
  article: Article | undefined;
};

/**
 * What an actor said: every evidence quote whose `speakerIds` include the actor, in event
 * order (chronological, as the index keeps them), then in the event's evidence order.
 *
 *   evt-a (2023-08-31) evidence [0: speakers [wu-qian], 1: speakers []]
 *   actorStatements(wu-qian) → [evt-a.0]
 */
export function actorStatements(index: DatasetIndex, actorId: string): Statement[] {
  const out: Statement[] = [];
  for (const event of index.eventsByActor.get(actorId) ?? []) {
    event.evidence.forEach((evidence, evidenceIndex) => {
      if (evidence.speakerIds.includes(actorId)) {
        out.push({ event, evidenceIndex, evidence, article: index.articlesById.get(evidence.articleId) });
      }
    });
  }
  return out;
}

/** How an actor figures in an event: listed as a participant, only quoted about it, or both. */
export type Involvement = 'participant' | 'quoted' | 'both';

export function involvement(event: Event, actorId: string): Involvement {
  const participant = event.actorIds.includes(actorId);
  const quoted = event.evidence.some((e) => e.speakerIds.includes(actorId));
  return participant && quoted ? 'both' : participant ? 'participant' : 'quoted';
}

/** One mark on an actor's small timeline. */
export type ActorTimelinePoint = {
  eventId: string;
  /**
   * Days since 1970-01-01 for a numeric time axis: the middle of the event's span, so an event
   * known only to the month or year sits mid-period rather than on its first day.
   */
  x: number;
  xStart: number;
  xEnd: number;
  type: EventType;
  summary: string;
  dateLabel: string;
  draft: boolean;
  involvement: Involvement;
};

const EPOCH = '1970-01-01';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** A tick on the small timeline's time axis. */
export type AxisTick = { x: number; label: string };

/**
 * Ticks for a day-number axis from `min` to `max`: 1 January of each year when the span holds
 * at least two, else the first of every 1, 2, 3 or 6 months, whichever gives at most `max` ticks.
 *
 *   2020-06-01 … 2023-12-31 → 2021, 2022, 2023
 *   2023-08-14 … 2023-12-21 → Sep 2023, Oct 2023, Nov 2023, Dec 2023
 */
export function axisTicks(min: number, max: number, most = 8): AxisTick[] {
  const from = new Date(min * 86_400_000);
  const to = new Date(max * 86_400_000);
  const at = (y: number, m: number) => daysBetween(EPOCH, `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-01`);
  const years: AxisTick[] = [];
  for (let y = from.getUTCFullYear(); y <= to.getUTCFullYear(); y++) {
    const x = at(y, 0);
    if (x >= min && x <= max) years.push({ x, label: String(y) });
  }
  if (years.length >= 2) {
    const step = Math.ceil(years.length / most);
    return years.filter((_, i) => i % step === 0);
  }
  for (const step of [1, 2, 3, 6, 12]) {
    const months: AxisTick[] = [];
    for (let y = from.getUTCFullYear(); y <= to.getUTCFullYear(); y++) {
      for (let m = 0; m < 12; m += step) {
        const x = at(y, m);
        if (x >= min && x <= max) months.push({ x, label: `${MONTHS[m]} ${y}` });
      }
    }
    if (months.length <= most) return months;
  }
  return years;
}

/**
 * An actor's events as points on a time axis (days since the epoch), chronological.
 *
 *   evt (2023-12-21, video-conference, actors [charles-brown]) → { x: 19712, xStart: 19712, xEnd: 19712, type: 'video-conference', involvement: 'participant', dateLabel: '21 Dec 2023' }
 */
export function actorTimelinePoints(index: DatasetIndex, actorId: string): ActorTimelinePoint[] {
  return (index.eventsByActor.get(actorId) ?? []).map((event) => ({
    eventId: event.id,
    x: (daysBetween(EPOCH, event.date.start) + daysBetween(EPOCH, event.date.end)) / 2,
    xStart: daysBetween(EPOCH, event.date.start),
    xEnd: daysBetween(EPOCH, event.date.end),
    type: event.type,
    summary: event.summary,
    dateLabel: formatEventDate(event.date),
    draft: event.draft,
    involvement: involvement(event, actorId),
  }));
}

/** A piece of a context sentence; `mention` pieces are the actor's name as the source wrote it. */
export type ContextPart = { text: string; mention: boolean };

/** A sentence that names the actor, with the names marked. */
export type MentionContext = {
  paragraph: number;
  range: SentenceRange;
  parts: ContextPart[];
  /** The mentions of the actor inside this sentence, in text order; the first is where a link lands. */
  mentions: Mention[];
};

/**
 * Every sentence of an article that names the actor, in text order. Several mentions in one
 * sentence give one context with each name marked. A mention that straddles a sentence break
 * gets the sentences it touches.
 *
 *   paragraph 0 "Wu Qian spoke. Wu said talks resumed." mentions wu-qian [0,7), [15,17)
 *   → [{ paragraph 0, "Wu Qian spoke." parts [Wu Qian*, " spoke."] },
 *      { paragraph 0, "Wu said talks resumed." parts [Wu*, " said talks resumed."] }]
 */
export function mentionContexts(body: ArticleBody, actorId: string, maxLength = 320): MentionContext[] {
  const mine = body.mentions
    .filter((m) => m.actorId === actorId && body.paragraphs[m.paragraph] !== undefined)
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || a.end - b.end);
  const out: MentionContext[] = [];
  for (const mention of mine) {
    const text = body.paragraphs[mention.paragraph]!;
    const range = sentenceAround(text, mention, maxLength);
    const previous = out.at(-1);
    if (previous && previous.paragraph === mention.paragraph && previous.range.start === range.start && previous.range.end === range.end) {
      previous.mentions.push(mention);
      continue;
    }
    out.push({ paragraph: mention.paragraph, range, parts: [], mentions: [mention] });
  }
  for (const context of out) {
    const text = body.paragraphs[context.paragraph]!.slice(context.range.start, context.range.end);
    const spans = context.mentions.map((m) => ({ start: m.start - context.range.start, end: m.end - context.range.start }));
    // Runs of the same kind are joined: nested mentions ("Brown" in "Gen. Brown") mark one name.
    const parts: ContextPart[] = [];
    for (const segment of textSegments(text, spans, [])) {
      const mention = segment.mentions.length > 0;
      const last = parts.at(-1);
      if (last && last.mention === mention) last.text += segment.text;
      else parts.push({ text: segment.text, mention });
    }
    context.parts = parts;
  }
  return out;
}
