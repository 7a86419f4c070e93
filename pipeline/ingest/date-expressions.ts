import * as chrono from 'chrono-node';
import type { Day } from '../../src/schema/dataset.ts';
import type { DateBasis, DatePrecision, EventDateBasis, EventDatePrecision } from '../../src/schema/enums.ts';
import {
  addDays,
  monthOf,
  monthSpan,
  monthsSpan,
  nearestWeekday,
  pad2,
  partOfMonth,
  partOfYear,
  weekOf,
  yearOf,
  yearSpan,
  type Span,
} from './calendar.ts';

/** The publication date relative expressions are resolved against. */
export type Reference = { date: Day; precision: DatePrecision; basis: DateBasis };

/** A date expression found in a text, resolved to a span of days. */
export type DateExpression = {
  /** The expression as written ("on Friday", "late last month"). */
  text: string;
  index: number;
  end: number;
  start: Day;
  endDay: Day;
  precision: EventDatePrecision;
  /** `stated`: the year is written; `relative`: resolved against the reference; `inferred`: the reference was too coarse. */
  basis: EventDateBasis;
  /** Why this span, in words, for the curation note. */
  how: string;
};

type Tense = 'past' | 'future';

/**
 * Every date expression in `text` (a sentence or a clause), resolved against the publication
 * date `ref`. Relative expressions ("on Tuesday", "last month", "in August", "before the end
 * of the year") need `ref`; without it only expressions that write their year are returned.
 *
 * chrono-node finds days, months and weekdays; the vaguer spans it does not know ("late last
 * month", "mid-November", "the first half of next year", "in the spring", "in 2022") are read
 * by the patterns below first, and masked so chrono does not read them a second time.
 *
 * Which year an expression without one belongs to depends on tense, not on which year is
 * nearest (chrono's default): news reports the past, so "in August" in a December article is
 * this August, and "the talks held in November" in an April article last November; in a
 * clause about the future ("will meet on Sunday", "is scheduled for March") it is the next one.
 *
 *   findDateExpressions('The two held a video call in April.', { date: '2024-05-31', precision: 'day', basis: 'stated' })
 *     → [{ text: 'in April', start: '2024-04-01', endDay: '2024-04-30', precision: 'month', basis: 'relative', … }]
 */
export function findDateExpressions(text: string, ref: Reference | null): DateExpression[] {
  const out: DateExpression[] = [];
  let masked = text;
  const mask = (index: number, length: number) => {
    masked = masked.slice(0, index) + ' '.repeat(length) + masked.slice(index + length);
  };

  for (const pattern of PATTERNS) {
    for (const m of [...masked.matchAll(pattern.re)]) {
      const index = m.index + (m[0].length - m[0].trimStart().length);
      const raw = m[0].trim();
      if (!raw) continue;
      const tense = tenseAt(text, index);
      const resolved = pattern.resolve(m.groups ?? {}, ref, tense);
      mask(m.index, m[0].length);
      if (resolved) out.push(expression(raw, index, resolved, ref));
    }
  }

  // "the afternoon of November 28" defeats chrono; the part of the day adds nothing here.
  const forChrono = masked.replace(/\b(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+/gi, (s) => ' '.repeat(s.length));
  const refDate = ref ? new Date(`${ref.date}T12:00:00Z`) : new Date('2000-01-01T12:00:00Z');
  for (const r of chrono.casual.parse(forChrono, { instant: refDate, timezone: 0 })) {
    const before = forChrono.slice(Math.max(0, r.index - 20), r.index);
    const resolved = fromChrono(r, ref, tenseAt(text, r.index), before);
    // chrono keeps a trailing comma ("September,"); the note quotes the expression without it.
    if (resolved) out.push(expression(r.text.trim().replace(/,$/, '').trim(), r.index, resolved, ref));
  }
  return joinParenthesised(out.sort((a, b) => a.index - b.index), text);
}

type Resolved = { span: Span; precision: EventDatePrecision; basis: EventDateBasis; how: string } | null;

function expression(text: string, index: number, r: NonNullable<Resolved>, ref: Reference | null): DateExpression {
  const how = r.how || (r.basis === 'stated' || !ref ? 'as written' : `resolved against the publication date, ${formatRef(ref)}`);
  return { text, index, end: index + text.length, start: r.span.start, endDay: r.span.end, precision: r.precision, basis: r.basis, how };
}

export const formatRef = (ref: Reference) =>
  `${ref.precision === 'day' ? ref.date : ref.precision === 'month' ? ref.date.slice(0, 7) : ref.date.slice(0, 4)} (${ref.basis})`;

// ---------------------------------------------------------------------------------------
// Tense

const FUTURE =
  /\b(will|shall|won['’]t|would|ahead\s+of|(?:is|are|was|were)\s+(?:due|set|scheduled|expected|slated|planned|to\s+be\s+held)|scheduled\s+(?:for|to)|plans?\s+to|planning\s+to|intends?\s+to|upcoming|to\s+be\s+held|agreed\s+to\s+hold|next)\b|['’]ll\b/i;

/**
 * Future when the clause around `index` speaks of the future ("will", "is due to",
 * "scheduled for"); past otherwise, since news mostly reports what happened. A clause ends
 * at a semicolon, a dash, or a comma before "while", "but" or "and".
 */
function tenseAt(text: string, index: number): Tense {
  const boundary = /;|\s[—–]\s|,\s+(?:while|but|and|whereas)\s/g;
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(boundary)) {
    if (m.index + m[0].length <= index) start = m.index + m[0].length;
    else if (m.index >= index) {
      end = m.index;
      break;
    }
  }
  return FUTURE.test(text.slice(start, end)) ? 'future' : 'past';
}

// ---------------------------------------------------------------------------------------
// Patterns chrono does not cover

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// Full names first, so "November." does not take the sentence's period; abbreviations may have one.
const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?)`;
const WEEKDAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
const ORD = String.raw`(?:st|nd|rd|th)?`;
const monthNumber = (s: string) => MONTH_NAMES.indexOf(s.slice(0, 3).toLowerCase()) + 1;
const weekdayNumber = (s: string) => ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].indexOf(s.toLowerCase());
const PART: Record<string, 'early' | 'mid' | 'late'> = { early: 'early', beginning: 'early', start: 'early', mid: 'mid', middle: 'mid', late: 'late', end: 'late' };

type Pattern = { re: RegExp; resolve: (g: Record<string, string | undefined>, ref: Reference | null, tense: Tense) => Resolved };

const ok = (span: Span, precision: EventDatePrecision, basis: EventDateBasis, how = ''): Resolved => ({ span, precision, basis, how });

/** A reference at day precision, or null: weekdays and "last week" mean nothing without one. */
const dayRef = (ref: Reference | null) => (ref && ref.precision === 'day' ? ref : null);

/**
 * The month `m` (1-12), `year` if written, else by tense from the reference: the latest such
 * month not after it for the past, the first not before it for the future.
 */
function monthByTense(m: number, year: string | undefined, ref: Reference | null, tense: Tense): { year: number; basis: EventDateBasis } | null {
  if (year) return { year: Number(year), basis: 'stated' };
  if (!ref) return null;
  const ry = yearOf(ref.date);
  const rm = ref.precision === 'year' ? (tense === 'past' ? 12 : 1) : monthOf(ref.date);
  const basis: EventDateBasis = ref.precision === 'year' ? 'inferred' : 'relative';
  if (tense === 'past') return { year: m <= rm ? ry : ry - 1, basis };
  return { year: m >= rm ? ry : ry + 1, basis };
}

/** Degrades a day-level relative expression to the reference's own month or year when that is all that is known. */
function coarse(ref: Reference, what: string): Resolved {
  const span = ref.precision === 'month' ? monthSpan(yearOf(ref.date), monthOf(ref.date)) : yearSpan(yearOf(ref.date));
  return ok(span, ref.precision === 'month' ? 'month' : 'year', 'inferred', `${what} cannot be placed exactly: the publication date is only known to the ${ref.precision}, ${formatRef(ref)}`);
}

const PATTERNS: Pattern[] = [
  // "on Wednesday and Thursday", "from Monday to Tuesday": one span of days.
  {
    re: new RegExp(String.raw`\b(?:on\s+|from\s+|between\s+)?(?<a>${WEEKDAY})\s*(?:and|to|through|-|–)\s*(?<b>${WEEKDAY})\b`, 'gi'),
    resolve: (g, ref, tense) => {
      const r = dayRef(ref);
      if (!r) return ref ? coarse(ref, 'A weekday') : null;
      const [a, b] = [weekdayNumber(g.a!), weekdayNumber(g.b!)];
      if (tense === 'past') {
        const end = nearestWeekday(r.date, b, 'back');
        return ok({ start: nearestWeekday(end, a, 'back'), end }, 'range', 'relative');
      }
      const start = nearestWeekday(r.date, a, 'forward');
      return ok({ start, end: nearestWeekday(start, b, 'forward') }, 'range', 'relative');
    },
  },
  // "from August 12th to 18th", "between August 14th and 16th", "November 20 to 22, 2024".
  {
    re: new RegExp(String.raw`\b(?:from\s+|between\s+)?(?<m>${MONTH})\s+(?<d1>\d{1,2})${ORD}\s*(?:-|–|to|and|through|until)\s*(?<d2>\d{1,2})${ORD}\b(?:,?\s+(?<y>\d{4})\b)?`, 'gi'),
    resolve: (g, ref, tense) => dayRange(monthNumber(g.m!), Number(g.d1), Number(g.d2), g.y, ref, tense),
  },
  // "12-18 August", "from 20 to 22 November 2024".
  {
    re: new RegExp(String.raw`\b(?:from\s+|between\s+)?(?<d1>\d{1,2})${ORD}\s*(?:-|–|to|and|through|until)\s*(?<d2>\d{1,2})${ORD}\s+(?<m>${MONTH})(?:,?\s+(?<y>\d{4})\b)?`, 'gi'),
    resolve: (g, ref, tense) => dayRange(monthNumber(g.m!), Number(g.d1), Number(g.d2), g.y, ref, tense),
  },
  // "mid-November", "in early January 2022", "the end of March".
  {
    re: new RegExp(String.raw`\b(?:in\s+)?(?:(?<p>early|mid|late)[-\s]+|the\s+(?<q>beginning|start|middle|end)\s+of\s+)(?<m>${MONTH})(?![\p{L}])(?:,?\s+(?<y>\d{4})\b)?`, 'giu'),
    resolve: (g, ref, tense) => {
      const m = monthNumber(g.m!);
      const y = monthByTense(m, g.y, ref, tense);
      return y ? ok(partOfMonth(y.year, m, PART[(g.p ?? g.q)!.toLowerCase()]!), 'part-month', y.basis) : null;
    },
  },
  // "early 2023", "mid-2024", "late last year", "earlier this year", "later this year".
  {
    re: /\b(?:in\s+)?(?<p>early|mid|late|earlier|later)[-\s]+(?:(?<y>\d{4})\b|(?<rel>this|last|next)\s+year\b)/gi,
    resolve: (g, ref) => {
      const part = g.p!.toLowerCase();
      if (g.y) return ok(partOfYear(Number(g.y), PART[part] ?? 'mid'), 'range', 'stated');
      if (!ref) return null;
      const year = yearOf(ref.date) + (g.rel!.toLowerCase() === 'last' ? -1 : g.rel!.toLowerCase() === 'next' ? 1 : 0);
      if (part === 'earlier' && g.rel!.toLowerCase() === 'this') return ok({ start: `${year}-01-01`, end: ref.date }, 'range', 'relative');
      if (part === 'later' && g.rel!.toLowerCase() === 'this') return ok({ start: ref.date, end: `${year}-12-31` }, 'range', 'relative');
      return ok(partOfYear(year, part === 'earlier' ? 'early' : part === 'later' ? 'late' : (PART[part] ?? 'mid')), 'range', 'relative');
    },
  },
  // "early last month", "late last month", "earlier this month", "later this month".
  {
    re: /\b(?<p>early|mid|late|earlier|later)[-\s]+(?<rel>this|last|next)\s+month\b/gi,
    resolve: (g, ref) => {
      if (!ref) return null;
      if (ref.precision === 'year') return coarse(ref, 'A month relative to the publication');
      const shift = g.rel!.toLowerCase() === 'last' ? -1 : g.rel!.toLowerCase() === 'next' ? 1 : 0;
      const y = yearOf(ref.date);
      const m = monthOf(ref.date) + shift;
      const part = g.p!.toLowerCase();
      if (part === 'earlier' || part === 'later') return ok(monthSpan(y, m), 'month', 'relative');
      const span = monthSpan(y, m);
      return ok(partOfMonth(yearOf(span.start), monthOf(span.start), PART[part]!), 'part-month', 'relative');
    },
  },
  // Deadlines: "before the end of the year", "by the year end", "by year-end", "by the end of 2024".
  {
    re: /\b(?:by|before|until|ahead\s+of)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+|this\s+)?(?<u>year|month)|(?<u2>year|month)[-\s]?end|end\s+of\s+(?<y>\d{4}))\b/gi,
    resolve: (g, ref) => {
      if (g.y) return ref && ref.date.slice(0, 4) === g.y ? ok({ start: ref.date, end: `${g.y}-12-31` }, 'range', 'relative') : ok(yearSpan(Number(g.y)), 'year', 'stated');
      if (!ref) return null;
      const unit = (g.u ?? g.u2)!.toLowerCase();
      const end = unit === 'year' ? `${yearOf(ref.date)}-12-31` : monthSpan(yearOf(ref.date), monthOf(ref.date)).end;
      return ok({ start: ref.date, end }, 'range', ref.precision === 'day' ? 'relative' : 'inferred', `a deadline, so from the publication date, ${formatRef(ref)}, to the end of the ${unit}`);
    },
  },
  // "the first half of next year", "the second half of 2023".
  {
    re: /\b(?:the\s+)?(?<h>first|second|1st|2nd)\s+half\s+of\s+(?:(?<rel>this|last|next)\s+year|(?<y>\d{4}))\b/gi,
    resolve: (g, ref) => {
      const year = g.y ? Number(g.y) : ref ? yearOf(ref.date) + ({ last: -1, next: 1 }[g.rel!.toLowerCase()] ?? 0) : null;
      if (year === null) return null;
      const first = /^(first|1st)$/i.test(g.h!);
      return ok(first ? monthsSpan(year, 1, 6) : monthsSpan(year, 7, 12), 'range', g.y ? 'stated' : 'relative');
    },
  },
  // Seasons: "in the spring", "this summer", "autumn 2023". Winter straddles two years: left out.
  {
    re: /\b(?:(?:in|during)\s+(?:the\s+)?|(?<rel>this|last|next)\s+)(?<s>spring|summer|autumn|fall)\b(?:\s+(?:of\s+)?(?<y>\d{4})\b)?/gi,
    resolve: (g, ref, tense) => {
      const first = { spring: 3, summer: 6, autumn: 9, fall: 9 }[g.s!.toLowerCase() as 'spring']!;
      if (g.y) return ok(monthsSpan(Number(g.y), first, first + 2), 'range', 'stated');
      if (!ref) return null;
      const ry = yearOf(ref.date);
      const rel = g.rel?.toLowerCase();
      let year = ry;
      if (rel === 'last') year = ry - 1;
      else if (rel === 'next') year = ry + 1;
      else if (!rel) {
        const rm = monthOf(ref.date);
        if (tense === 'past' && first > rm) year = ry - 1;
        if (tense === 'future' && first + 2 <= rm) year = ry + 1;
      }
      return ok(monthsSpan(year, first, first + 2), 'range', 'relative');
    },
  },
  // Weeks: "last week", "this week", "earlier this week", "next week", "the past week".
  {
    re: /\b(?<p>earlier|later)?\s*(?<rel>this|last|next|the\s+previous|the\s+past|the\s+following)\s+week\b/gi,
    resolve: (g, ref, tense) => {
      const r = dayRef(ref);
      if (!r) return ref ? coarse(ref, 'A week') : null;
      const rel = g.rel!.toLowerCase().replace(/\s+/g, ' ');
      const week = weekOf(r.date);
      if (rel === 'last' || rel === 'the previous') return ok(weekOf(addDays(week.start, -7)), 'range', 'relative');
      if (rel === 'next' || rel === 'the following') return ok(weekOf(addDays(week.start, 7)), 'range', 'relative');
      if (rel === 'the past') return ok({ start: addDays(r.date, -7), end: r.date }, 'range', 'relative');
      // "this week": in a report of what happened, Monday up to the publication; else the rest of the week.
      const p = g.p?.toLowerCase();
      if (p === 'earlier') return ok({ start: week.start, end: r.date }, 'range', 'relative');
      if (p === 'later' || tense === 'future') return ok({ start: r.date, end: week.end }, 'range', 'relative');
      return ok({ start: week.start, end: r.date }, 'range', 'relative');
    },
  },
  // "this weekend", "last weekend".
  {
    re: /\b(?<rel>this|last|next)\s+weekend\b/gi,
    resolve: (g, ref) => {
      const r = dayRef(ref);
      if (!r) return ref ? coarse(ref, 'A weekend') : null;
      const shift = { last: -7, next: 7 }[g.rel!.toLowerCase()] ?? 0;
      const end = addDays(weekOf(r.date).end, shift);
      return ok({ start: addDays(end, -1), end }, 'range', 'relative');
    },
  },
  // "in November last year", "in March this year", "in June next year".
  {
    re: new RegExp(String.raw`\b(?:in\s+)?(?<m>${MONTH})\s+(?<rel>last|this|next)\s+year\b`, 'gi'),
    resolve: (g, ref) => {
      if (!ref) return null;
      const year = yearOf(ref.date) + ({ last: -1, next: 1 }[g.rel!.toLowerCase()] ?? 0);
      return ok(monthSpan(year, monthNumber(g.m!)), 'month', 'relative');
    },
  },
  // "last month", "this month", "next month", "last year", "this year", "next year".
  {
    re: /\b(?<rel>this|last|next|the\s+previous|the\s+following)\s+(?<u>month|year)\b/gi,
    resolve: (g, ref) => {
      if (!ref) return null;
      const rel = g.rel!.toLowerCase().replace(/\s+/g, ' ');
      const shift = rel === 'last' || rel === 'the previous' ? -1 : rel === 'next' || rel === 'the following' ? 1 : 0;
      if (g.u!.toLowerCase() === 'year') return ok(yearSpan(yearOf(ref.date) + shift), 'year', 'relative');
      if (ref.precision === 'year') return coarse(ref, 'A month relative to the publication');
      return ok(monthSpan(yearOf(ref.date), monthOf(ref.date) + shift), 'month', 'relative');
    },
  },
  // "last November", "next March": the month before or after the publication, by name;
  // "this November": the one of the publication's year.
  {
    re: new RegExp(String.raw`\b(?<rel>last|next|this\s+past|this\s+coming|this)\s+(?<m>${MONTH})(?![\p{L}])`, 'giu'),
    resolve: (g, ref) => {
      if (!ref) return null;
      const m = monthNumber(g.m!);
      const rm = monthOf(ref.date);
      const ry = yearOf(ref.date);
      if (/^this$/i.test(g.rel!)) return ok(monthSpan(ry, m), 'month', ref.precision === 'year' ? 'inferred' : 'relative');
      const back = /^(last|this\s+past)$/i.test(g.rel!);
      // "last November" in November is a year ago; in December it is the month before.
      const year = back ? (m < rm ? ry : ry - 1) : m > rm ? ry : ry + 1;
      return ok(monthSpan(year, m), 'month', ref.precision === 'year' ? 'inferred' : 'relative');
    },
  },
  // A year on its own after a preposition: "in 2022", "since 2016", "throughout 2023".
  {
    re: /\b(?:in|during|throughout|since|from|until|through|by|for|of|before|after)\s+(?<y>(?:19|20)\d\d)\b(?![-/]\d)(?!\s*[-–]\s*\d)/gi,
    resolve: (g) => ok(yearSpan(Number(g.y)), 'year', 'stated'),
  },
];

/** Days `d1`..`d2` of month `m`: a single day when equal. */
function dayRange(m: number, d1: number, d2: number, year: string | undefined, ref: Reference | null, tense: Tense): Resolved {
  const y = monthByTense(m, year, ref, tense);
  if (!y || d2 < d1) return null;
  const span = { start: `${y.year}-${pad2(m)}-${pad2(d1)}`, end: `${y.year}-${pad2(m)}-${pad2(d2)}` };
  if (span.end > monthSpan(y.year, m).end) return null;
  return ok(span, d1 === d2 ? 'day' : 'range', y.basis);
}

// ---------------------------------------------------------------------------------------
// chrono-node results

/**
 * One chrono result → a span, with our own year and weekday rules. Dropped: times of day
 * alone, durations in the future ("in 18 months" is how long, not when), and "the past
 * year" (how long).
 */
function fromChrono(r: chrono.ParsedResult, ref: Reference | null, tense: Tense, before: string): Resolved {
  const text = r.text.trim();
  // "the last day of the visit" is no date; nor is a duration, nor a day counted from
  // another event ("a day after he met Dong"), which is not the publication.
  if (/^(?:in|within|for)\s+\d|^(?:the\s+)?past\b|^(?:last|next|this|the)\s+days?\b/i.test(text)) return null;
  if (/^(?:a|an|the|one|two|three|\d+)\s+(?:days?|weeks?|months?)\s+(?:after|before|later|earlier)\b|^the\s+(?:next|following|previous)\s+day\b|^the\s+day\s+(?:before|after)\b/i.test(text)) return null;
  const s = r.start;
  const [y, m, d, wd] = [s.isCertain('year'), s.isCertain('month'), s.isCertain('day'), s.isCertain('weekday')];
  const written = /\b\d{4}\b/.test(text);
  const value = { year: s.get('year')!, month: s.get('month')!, day: s.get('day')! };
  const day = (yy: number, mm: number, dd: number) => `${yy}-${pad2(mm)}-${pad2(dd)}`;
  const needsDay = /\b(ago|yesterday|today|tonight|tomorrow)\b/i.test(text);

  if (y && m && d) {
    if (written) return ok(spanOf(day(value.year, value.month, value.day), r), r.end ? 'range' : 'day', 'stated');
    if (!ref) return null;
    if (needsDay && ref.precision !== 'day') return coarse(ref, `"${text}"`);
    // "two weeks ago" is only as exact as a week.
    if (/\bweeks?\s+ago\b/i.test(text)) return ok(weekOf(day(value.year, value.month, value.day)), 'range', 'relative');
    return ok(spanOf(day(value.year, value.month, value.day), r), r.end ? 'range' : 'day', 'relative');
  }
  if (m && d) {
    const yy = monthByTense(value.month, undefined, ref, tense);
    if (!yy) return null;
    const start = day(yy.year, value.month, value.day);
    // A past date later than the publication day belongs to the year before.
    const fixed = tense === 'past' && ref && ref.precision === 'day' && start > ref.date ? day(yy.year - 1, value.month, value.day) : start;
    return ok(spanOf(fixed, r), r.end ? 'range' : 'day', yy.basis);
  }
  if (y && m) {
    if (written) return ok(monthSpan(value.year, value.month), 'month', 'stated');
    if (!ref) return null;
    if (ref.precision === 'year') return coarse(ref, `"${text}"`);
    return ok(monthSpan(value.year, value.month), 'month', 'relative');
  }
  if (m) {
    // A month name alone is a date only after a preposition ("in May", "since June"): "Dong Jun"
    // and "April Smith" are names.
    if (!MONTH_CUE.test(before)) return null;
    const yy = monthByTense(value.month, undefined, ref, tense);
    return yy ? ok(monthSpan(yy.year, value.month), 'month', yy.basis) : null;
  }
  if (wd) {
    if (!ref) return null;
    const r0 = dayRef(ref);
    if (!r0) return coarse(ref, `"${text}"`);
    const weekday = s.get('weekday')!;
    // "last Friday" / "next Tuesday" say which one; chrono counts those from the reference.
    if (/^(last|next|this)\b/i.test(text)) return ok(spanOf(day(value.year, value.month, value.day), r), 'day', 'relative');
    return ok(spanOf(nearestWeekday(r0.date, weekday, tense === 'past' ? 'back' : 'forward'), r), 'day', 'relative');
  }
  if (y) {
    if (written) return ok(yearSpan(value.year), 'year', 'stated');
    return ref ? ok(yearSpan(value.year), 'year', 'relative') : null;
  }
  return null;
}

const MONTH_CUE = /\b(in|of|for|since|during|by|until|till|from|through|before|after|between|and|to|or|early|mid|late|this|last|next|end|beginning|middle|start)[\s-]*$/i;

/** A chrono range keeps its own end; a single result is one day. */
function spanOf(start: Day, r: chrono.ParsedResult): Span {
  if (!r.end) return { start, end: start };
  const e = r.end;
  const end = `${String(e.get('year')).padStart(4, '0')}-${pad2(e.get('month')!)}-${pad2(e.get('day')!)}`;
  // Keep the start's year for the end: "December 30 to January 2" is not handled here.
  const fixed = `${start.slice(0, 4)}${end.slice(4)}`;
  return fixed >= start ? { start, end: fixed } : { start, end: start };
}

/**
 * "on Thursday (August 31)": the bracketed date says which Thursday. The two become one
 * expression, with the written date's span.
 */
function joinParenthesised(list: DateExpression[], text: string): DateExpression[] {
  const out: DateExpression[] = [];
  for (const e of list) {
    const prev = out[out.length - 1];
    if (prev && /^\s*\(\s*$/.test(text.slice(prev.end, e.index)) && text[e.end] === ')') {
      out[out.length - 1] = { ...e, text: text.slice(prev.index, e.end + 1), index: prev.index, end: e.end + 1 };
      continue;
    }
    out.push(e);
  }
  return out;
}
