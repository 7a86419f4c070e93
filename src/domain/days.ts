import type { Day } from '../schema/dataset.ts';

// Days are 'YYYY-MM-DD' strings: they compare correctly as strings and never shift with a
// time zone. Arithmetic goes through UTC only for the moment of the calculation.

const toUtc = (day: Day) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
const fromUtc = (ms: number): Day => new Date(ms).toISOString().slice(0, 10);

export function addDays(day: Day, n: number): Day {
  return fromUtc(toUtc(day) + n * 86_400_000);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

export function lastDayOfMonth(day: Day): Day {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  return fromUtc(Date.UTC(y, m, 0));
}

export const minDay = (a: Day, b: Day): Day => (a < b ? a : b);
export const maxDay = (a: Day, b: Day): Day => (a > b ? a : b);
