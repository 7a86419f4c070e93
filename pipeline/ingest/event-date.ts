import type { Day } from '../../src/schema/dataset.ts';
import type { EventDateBasis, EventDatePrecision } from '../../src/schema/enums.ts';
import { monthOf, monthSpan, yearOf, yearSpan } from './calendar.ts';
import { formatRef, type DateExpression, type Reference } from './date-expressions.ts';

/** An event date as the curation file writes it. */
export type DraftDate = { start: Day; end: Day; precision: EventDatePrecision; basis: EventDateBasis; note: string };

/**
 * Which of a clause's date expressions dates its event: the one nearest the event word
 * (a year is counted a little further away than a day, so "This year, … met … in May" is
 * May), with two exceptions.
 *
 * - A date in a "since …" clause that follows the event word is a comparison, not the
 *   event's date: "the first such meeting in eight years … since 2016".
 * - A date attached to the reporting verb ("said on Friday", "stated Wednesday") dates the
 *   report; it counts only when it is much nearer than any other, which is the usual case
 *   of "China said on Friday it was cancelling …". A date behind "after", "before" or
 *   "when" belongs to another event and is counted further away too.
 *
 *   chooseExpression(['on Thursday' (after "said"), 'from August 12th to 18th'], trigger 'led')
 *     → 'from August 12th to 18th'
 */
export function chooseExpression(expressions: readonly DateExpression[], trigger: { index: number; end: number }, text: string): DateExpression | null {
  let best: { e: DateExpression; score: number } | null = null;
  for (const e of expressions) {
    if (sinceBound(e, trigger, text)) continue;
    const distance = e.index >= trigger.end ? e.index - trigger.end : Math.max(0, trigger.index - e.end);
    const reporting = REPORTING.test(text.slice(Math.max(0, e.index - 40), e.index)) ? 60 : 0;
    // "cancelled the talks after Pelosi's visit this week": a date behind "after" is another event's.
    const between = e.index >= trigger.end ? text.slice(trigger.end, e.index) : text.slice(e.end, trigger.index);
    const other = SUBORDINATE.test(between) ? 40 : 0;
    // "This year, Austin met Dong in Singapore in May": the finer date wins a near tie.
    const score = distance + reporting + other + COARSE[e.precision];
    if (!best || score < best.score) best = { e, score };
  }
  return best?.e ?? null;
}

const COARSE: Record<DateExpression['precision'], number> = { day: 0, range: 5, 'part-month': 5, month: 10, year: 30 };

const SUBORDINATE = /\b(?:after|before|when|while|because|ahead\s+of|following)\b/i;

const REPORTING = /\b(?:said|says|told\s+[\p{L}\s]{0,30}?|announced|stated|added|noted|posted|reported|confirmed|disclosed|revealed|statement|briefing|press\s+conference)\s*(?:on\s+|in\s+|late\s+)?$/iu;

function sinceBound(e: DateExpression, trigger: { index: number }, text: string): boolean {
  // The expression may hold the word itself ("since 2016").
  for (const m of text.slice(0, e.index + (/^since\b/i.test(e.text) ? 5 : 0)).matchAll(/\bsince\b/gi)) {
    // The since-clause runs to the next comma or semicolon. The event word inside it ("since
    // China suspended the mechanism in August 2022") makes the date the event's own.
    const rest = text.slice(m.index);
    const end = m.index + (rest.search(/[,;]/) < 0 ? rest.length : rest.search(/[,;]/));
    if (e.index < end && !(trigger.index > m.index && trigger.index < end)) return true;
  }
  return false;
}

/** The curation date for a chosen expression: its span, and a note that quotes it. */
export function dateFromExpression(e: DateExpression): DraftDate {
  return { start: e.start, end: e.endDay, precision: e.precision, basis: e.basis, note: `"${e.text}", ${e.how}.` };
}

/**
 * A clause without a date of its own: the date of the expression the surrounding text gave
 * last (`carried`), else the publication date, both `inferred`, with a note saying which.
 * Null without a publication date: the draft then carries the suggestion as a comment.
 */
export function fallbackDate(carried: DateExpression | null, ref: Reference | null): DraftDate | null {
  if (carried) {
    return {
      start: carried.start,
      end: carried.endDay,
      precision: carried.precision,
      basis: 'inferred',
      note: `No date in the sentence; taken from "${carried.text}" just before it (${carried.how}).`,
    };
  }
  if (!ref) return null;
  const span = ref.precision === 'day' ? { start: ref.date, end: ref.date } : ref.precision === 'month' ? monthSpan(yearOf(ref.date), monthOf(ref.date)) : yearSpan(yearOf(ref.date));
  return { ...span, precision: ref.precision, basis: 'inferred', note: `No date in the sentence; the publication date, ${formatRef(ref)}.` };
}
