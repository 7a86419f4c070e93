import type { Article, Channel, Day, Event, StatusInterval } from '../schema/dataset.ts';
import type { Reporting } from '../schema/enums.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { addDays, lastDayOfMonth } from './days.ts';
import { formatDayAtPrecision } from './partial-date.ts';

/** The interval of a lane (sorted by start, contiguous) that contains `day`; binary search. */
export function intervalOn(intervals: readonly StatusInterval[], day: Day): StatusInterval | undefined {
  let lo = 0;
  let hi = intervals.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const it = intervals[mid]!;
    if (day < it.start) hi = mid - 1;
    else if (day >= it.end) lo = mid + 1;
    else return it;
  }
  return undefined;
}

/**
 * The first day the status of an interval is certain. A status opened by an event known only
 * to the month ("August 2022") may have changed on any day of it, so the band's leading edge
 * is uncertain until the month ends; the chart draws that stretch hatched.
 *
 *   precision day / null        → start
 *   month      2022-08-01       → 2022-09-01
 *   part-month 2020-11-11       → the day after the opening event's last day (2020-11-21)
 *   range      2020-10-28       → the day after the opening event's last day (2020-10-30)
 *   year       2021-01-01       → 2022-01-01
 * Never later than the interval's end.
 */
export function certainFrom(interval: StatusInterval, openedBy: Event | undefined): Day {
  const { start, precision } = interval;
  let day: Day = start;
  switch (precision) {
    case 'month':
      day = addDays(lastDayOfMonth(start), 1);
      break;
    case 'year':
      day = `${String(Number(start.slice(0, 4)) + 1).padStart(4, '0')}-01-01`;
      break;
    case 'part-month':
    case 'range':
      // The opening event's span, when the status took effect as the event began.
      if (openedBy && openedBy.date.start === start) day = addDays(openedBy.date.end, 1);
      else if (precision === 'part-month') day = addDays(start, 10);
      break;
    default:
      break;
  }
  return day < interval.end ? day : interval.end;
}

/** One article that gives evidence for an event: which quote to open, and who is quoted. */
export type EventSource = {
  article: Article;
  /** Index in `event.evidence` of this article's first quote. */
  evidenceIndex: number;
  quoteCount: number;
  /** How this article reports it; the first quote's, unless the article both reports and recalls. */
  reporting: readonly Reporting[];
  speakerIds: readonly string[];
};

/**
 * The articles quoted for an event, in the order of their first quote: "says who".
 *
 *   evidence [a#0 reported (wu-qian), b#1 recalled, a#2 reported]
 *   → [{ article a, evidenceIndex 0, quoteCount 2, speakers [wu-qian] }, { article b, evidenceIndex 1, … }]
 */
export function eventSources(event: Event, articlesById: ReadonlyMap<string, Article>): EventSource[] {
  const out = new Map<string, { article: Article; evidenceIndex: number; quoteCount: number; reporting: Set<Reporting>; speakers: Set<string> }>();
  event.evidence.forEach((e, i) => {
    const article = articlesById.get(e.articleId);
    if (!article) return;
    const entry = out.get(e.articleId) ?? { article, evidenceIndex: i, quoteCount: 0, reporting: new Set(), speakers: new Set() };
    entry.quoteCount += 1;
    entry.reporting.add(e.reporting);
    for (const s of e.speakerIds) entry.speakers.add(s);
    out.set(e.articleId, entry);
  });
  return [...out.values()].map(({ reporting, speakers, ...rest }) => ({
    ...rest,
    reporting: [...reporting].sort(),
    speakerIds: [...speakers].sort(),
  }));
}

export type AsOfRow = {
  channel: Channel;
  /** Undefined when the day lies outside the data's coverage. */
  interval: StatusInterval | undefined;
  /** The event that set the status; undefined for `unknown`. */
  event: Event | undefined;
  /** The interval's start at its precision ("Aug 2022"); null for the leading `unknown`. */
  since: string | null;
  sources: readonly EventSource[];
};

/**
 * Each channel's status on `day`, since when, set by which event, according to which articles.
 * `channelIds` limits and orders nothing: channels keep lane order; empty means all.
 *
 *   day 2023-01-01 → chiefs: suspended since "Aug 2022", set by evt-2022-08-…, sources [001, 002, 003]
 */
export function statusAsOf(index: DatasetIndex, day: Day, channelIds: readonly string[] = []): AsOfRow[] {
  const only = new Set(channelIds);
  return index.channels
    .filter((c) => only.size === 0 || only.has(c.id))
    .map((channel) => {
      const interval = intervalOn(index.intervalsByChannel.get(channel.id) ?? [], day);
      const event = interval?.eventId ? index.eventsById.get(interval.eventId) : undefined;
      return {
        channel,
        interval,
        event,
        since: interval && interval.eventId ? formatDayAtPrecision(interval.start, interval.precision) : null,
        sources: event ? eventSources(event, index.articlesById) : [],
      };
    });
}
