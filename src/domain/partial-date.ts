import type { Day, EventDate, PartialDate } from '../schema/dataset.ts';
import type { DatePrecision, EventDatePrecision } from '../schema/enums.ts';

// Labels are built from fixed English month abbreviations, not Intl: the same day prints the
// same way in every locale and time zone, so labels in tests and screenshots are exact.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

type DayParts = { year: string; month: string; monthNumber: number; day: number };

function dayParts(day: Day): DayParts {
  const monthNumber = Number(day.slice(5, 7));
  return { year: day.slice(0, 4), month: MONTHS[monthNumber - 1] ?? '?', monthNumber, day: Number(day.slice(8, 10)) };
}

/** "2023-09-02" → "2 Sep 2023". */
export function formatDay(day: Day): string {
  const p = dayParts(day);
  return `${p.day} ${p.month} ${p.year}`;
}

/** The third of the month a day falls in: 1–10 early, 11–20 mid, 21 onwards late. */
export function monthThird(day: Day): 'early' | 'mid' | 'late' {
  const d = dayParts(day).day;
  return d <= 10 ? 'early' : d <= 20 ? 'mid' : 'late';
}

/**
 * A publication or role date at its precision.
 *
 *   { date: '2023-09-02', precision: 'day' }   → "2 Sep 2023"
 *   { date: '2023-10-01', precision: 'month' } → "Oct 2023"
 *   { date: '2022-01-01', precision: 'year' }  → "2022"
 */
export function formatPartialDate(value: PartialDate): string {
  return formatDayAtPrecision(value.date, value.precision);
}

/**
 * One day shown at the precision it is known to. Used for the start of a status interval,
 * whose precision is that of the event that opened it; `null` (the leading unknown) and
 * `range` show the day itself.
 *
 *   ('2020-11-14', 'part-month') → "mid-Nov 2020"
 */
export function formatDayAtPrecision(day: Day, precision: DatePrecision | EventDatePrecision | null): string {
  const p = dayParts(day);
  switch (precision) {
    case 'year':
      return p.year;
    case 'month':
      return `${p.month} ${p.year}`;
    case 'part-month':
      return `${monthThird(day)}-${p.month} ${p.year}`;
    case 'day':
    case 'range':
    case null:
      return formatDay(day);
  }
}

/**
 * "12–18 Aug 2023", "28 Oct – 2 Nov 2020", "28 Dec 2020 – 3 Jan 2021"; one day when start = end.
 * The en dash is U+2013; it is spaced when either side has more than a day number.
 */
export function formatDayRange(start: Day, end: Day): string {
  if (start === end) return formatDay(start);
  const a = dayParts(start);
  const b = dayParts(end);
  if (a.year !== b.year) return `${formatDay(start)} – ${formatDay(end)}`;
  if (a.monthNumber !== b.monthNumber) return `${a.day} ${a.month} – ${b.day} ${b.month} ${a.year}`;
  return `${a.day}–${b.day} ${a.month} ${a.year}`;
}

/**
 * An event date by its precision.
 *
 *   day        2020-10-20                       → "20 Oct 2020"
 *   range      2023-08-12 … 2023-08-18          → "12–18 Aug 2023"
 *   range      2020-10-28 … 2020-11-02          → "28 Oct – 2 Nov 2020"
 *   part-month 2020-11-11 … 2020-11-20          → "mid-Nov 2020"   (the start day picks the third)
 *   month      2022-08-01 … 2022-08-31          → "Aug 2022"
 *   month      2023-10-01 … 2023-11-30          → "Oct – Nov 2023"  (a span of whole months)
 *   year       2022-01-01 … 2022-12-31          → "2022"
 */
export function formatEventDate(date: Pick<EventDate, 'start' | 'end' | 'precision'>): string {
  const { start, end, precision } = date;
  const a = dayParts(start);
  const b = dayParts(end);
  switch (precision) {
    case 'day':
      return formatDay(start);
    case 'range':
      return formatDayRange(start, end);
    case 'part-month':
      return formatDayAtPrecision(start, 'part-month');
    case 'month':
      if (a.year === b.year && a.monthNumber === b.monthNumber) return `${a.month} ${a.year}`;
      if (a.year === b.year) return `${a.month} – ${b.month} ${a.year}`;
      return `${a.month} ${a.year} – ${b.month} ${b.year}`;
    case 'year':
      return a.year === b.year ? a.year : `${a.year}–${b.year}`;
  }
}

/**
 * The machine-readable form for a `<time datetime>` attribute: as much of the date as is known.
 *
 *   ('2023-10-01', 'month') → "2023-10"
 */
export function dateTimeAttribute(day: Day, precision: DatePrecision | EventDatePrecision | null): string {
  switch (precision) {
    case 'year':
      return day.slice(0, 4);
    case 'month':
    case 'part-month':
      return day.slice(0, 7);
    default:
      return day;
  }
}

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Orders events by start day, then end day; callers break ties by id. */
export function compareEventDates(a: Pick<EventDate, 'start' | 'end'>, b: Pick<EventDate, 'start' | 'end'>): number {
  return compareStrings(a.start, b.start) || compareStrings(a.end, b.end);
}
