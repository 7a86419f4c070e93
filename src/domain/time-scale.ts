import type { Day } from '../schema/dataset.ts';

// The timeline's x axis counts whole days since 1970-01-01 (day numbers), so a day is one
// unit wide and the date logic never depends on a time zone. Days stay 'YYYY-MM-DD' strings
// everywhere else; these functions convert at the edge of the chart.

const MS_PER_DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

function utc(year: number, monthIndex: number, date: number): number {
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, date);
  return d.getTime();
}

// The chart converts every event's days on every redraw; a corpus has a few thousand distinct
// days, so each is converted once (npm run bench: a fifth of a filter change's time otherwise).
const dayNumbers = new Map<string, number>();

/** '1970-01-02' → 1. Works for any year 0000–9999. */
export function dayNumber(day: Day): number {
  let n = dayNumbers.get(day);
  if (n === undefined) {
    n = Math.round(utc(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / MS_PER_DAY);
    if (dayNumbers.size > 100_000) dayNumbers.clear();
    dayNumbers.set(day, n);
  }
  return n;
}

/** 1 → '1970-01-02'. The inverse of `dayNumber` for whole numbers; fractions are floored. */
export function dayFromNumber(n: number): Day {
  const d = new Date(Math.floor(n) * MS_PER_DAY);
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(d.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${dd}`;
}

export type TimeTick = { value: number; day: Day; label: string };

type Step =
  | { unit: 'day'; every: number }
  | { unit: 'month'; every: number }
  | { unit: 'year'; every: number };

// From finest to coarsest: the axis adapts from days to centuries.
const STEPS: readonly Step[] = [
  { unit: 'day', every: 1 },
  { unit: 'day', every: 2 },
  { unit: 'day', every: 7 },
  { unit: 'day', every: 14 },
  { unit: 'month', every: 1 },
  { unit: 'month', every: 2 },
  { unit: 'month', every: 3 },
  { unit: 'month', every: 6 },
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000].map((every) => ({ unit: 'year' as const, every })),
];
const APPROX_DAYS = { day: 1, month: 30.44, year: 365.25 } as const;

/**
 * Ticks for a time axis over the day numbers [start, end), at least `minSpacing` pixels apart
 * on a plot `width` pixels wide: the finest of day, 2 days, week, fortnight, month, 2/3/6
 * months, 1/2/5/10/20/50/100… years that fits. Ticks sit on the first day of their period
 * (Mondays for weeks), so a year tick is 1 January and reads as "2023".
 *
 *   ('2020-01-01', '2024-01-01', 700px) → 2020 · 2021 · 2022 · 2023
 *   ('2023-01-01', '2023-04-01', 700px) → Jan 2023 · Feb · Mar
 *   ('2023-08-10', '2023-08-20', 700px) → 10 Aug 2023 · 11 Aug · … · 19 Aug
 */
export function timeTicks(start: number, end: number, width: number, minSpacing = 80): TimeTick[] {
  const span = Math.max(1, end - start);
  const maxTicks = Math.max(1, Math.floor(width / minSpacing));
  const step = STEPS.find((s) => span / (APPROX_DAYS[s.unit] * s.every) <= maxTicks) ?? STEPS[STEPS.length - 1]!;
  const ticks: TimeTick[] = [];
  for (let day of candidates(start, end, step)) {
    if (ticks.length > 200) break; // a guard; the step choice keeps it far below this
    day = day as Day;
    const value = dayNumber(day);
    if (value < start || value >= end) continue;
    ticks.push({ value, day, label: tickLabel(day, step, ticks.length === 0) });
  }
  return ticks;
}

function* candidates(start: number, end: number, step: Step): Generator<Day> {
  const first = dayFromNumber(start);
  if (step.unit === 'day') {
    // Weeks start on Mondays (1970-01-05 was one); other day steps count from 1970-01-01.
    const anchor = step.every === 7 || step.every === 14 ? 4 : 0;
    const offset = (((start - anchor) % step.every) + step.every) % step.every;
    for (let n = start + (offset === 0 ? 0 : step.every - offset); n < end; n += step.every) yield dayFromNumber(n);
    return;
  }
  if (step.unit === 'month') {
    let y = Number(first.slice(0, 4));
    let m = Number(first.slice(5, 7)) - 1;
    while (m % step.every !== 0) [y, m] = m === 11 ? [y + 1, 0] : [y, m + 1];
    for (;;) {
      const day = `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-01`;
      if (dayNumber(day) >= end || y > 9999) return;
      yield day;
      m += step.every;
      if (m > 11) [y, m] = [y + Math.floor(m / 12), m % 12];
    }
  }
  let y = Math.ceil(Number(first.slice(0, 4)) / step.every) * step.every;
  for (; y <= 9999; y += step.every) {
    const day = `${String(y).padStart(4, '0')}-01-01`;
    if (dayNumber(day) >= end) return;
    yield day;
  }
}

function tickLabel(day: Day, step: Step, first: boolean): string {
  const year = String(Number(day.slice(0, 4)));
  const month = MONTHS[Number(day.slice(5, 7)) - 1]!;
  const date = Number(day.slice(8, 10));
  if (step.unit === 'year') return year;
  if (step.unit === 'month') return first || month === 'Jan' ? `${month} ${year}` : month;
  return first || (month === 'Jan' && date === 1) ? `${date} ${month} ${year}` : `${date} ${month}`;
}
