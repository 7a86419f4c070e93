import { addDays, lastDayOfMonth } from '../../src/domain/days.ts';
import type { Day } from '../../src/schema/dataset.ts';

// Calendar arithmetic on 'YYYY-MM-DD' strings, for resolving "last week", "mid-November" or
// "the first half of next year" against a publication date. Everything goes through UTC for
// the moment of the calculation only, so no result depends on the machine's time zone.

export type Span = { start: Day; end: Day };

export const pad2 = (n: number) => String(n).padStart(2, '0');
export const yearOf = (d: Day) => Number(d.slice(0, 4));
export const monthOf = (d: Day) => Number(d.slice(5, 7));

/** '2024-05-31' → 5 (Friday); 0 is Sunday, as in Date#getUTCDay. */
export function weekdayOf(day: Day): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/** The Monday-to-Sunday week that contains `day` (news usage: "this week" runs Monday to Sunday). */
export function weekOf(day: Day): Span {
  const back = (weekdayOf(day) + 6) % 7;
  const start = addDays(day, -back);
  return { start, end: addDays(start, 6) };
}

/** First to last day of month `month` (1-12) of `year`; months outside 1-12 roll over. */
export function monthSpan(year: number, month: number): Span {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  const start = `${y}-${pad2(m)}-01`;
  return { start, end: lastDayOfMonth(start) };
}

export function yearSpan(year: number): Span {
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/** Months `from`..`to` (1-12, `to` may exceed 12 to run into the next year) of `year`. */
export function monthsSpan(year: number, from: number, to: number): Span {
  return { start: monthSpan(year, from).start, end: monthSpan(year, to).end };
}

/**
 * The early, middle or late third of a month, the convention of the curation files:
 * "mid-November" is the 11th to the 20th, "late" runs from the 21st to the month's end.
 */
export function partOfMonth(year: number, month: number, part: 'early' | 'mid' | 'late'): Span {
  const { start, end } = monthSpan(year, month);
  const ym = start.slice(0, 8);
  if (part === 'early') return { start, end: `${ym}10` };
  if (part === 'mid') return { start: `${ym}11`, end: `${ym}20` };
  return { start: `${ym}21`, end };
}

/** Early, middle or late third of a year: January–April, May–August, September–December. */
export function partOfYear(year: number, part: 'early' | 'mid' | 'late'): Span {
  if (part === 'early') return monthsSpan(year, 1, 4);
  if (part === 'mid') return monthsSpan(year, 5, 8);
  return monthsSpan(year, 9, 12);
}

/** The most recent `weekday` (0 = Sunday) on or before `day`, or the next one on or after it. */
export function nearestWeekday(day: Day, weekday: number, direction: 'back' | 'forward'): Day {
  const diff = (weekday - weekdayOf(day) + 7) % 7;
  return direction === 'forward' ? addDays(day, diff) : addDays(day, diff === 0 ? 0 : diff - 7);
}

export { addDays, lastDayOfMonth };
