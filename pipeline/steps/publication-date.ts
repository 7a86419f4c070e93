import { isCalendarDay, type Day, type PartialDate, type Published } from '../../src/schema/dataset.ts';
import type { DatePrecision } from '../../src/schema/enums.ts';
import type { CleanedArticle } from './clean.ts';

/** A date written in the text, with where it sits. */
export type DateMention = PartialDate & { text: string; index: number };

/** `published` is null when the text gives nothing to date it by; `note` always says how. */
export type PublicationDate = { published: Published | null; note: string };

/**
 * The publication date of a cleaned article.
 *
 * DESIGN.md "Inputs → Raw articles": a date printed beside the headline is *stated*; a page
 * header date (the day the page was saved) is not the publication date. The clean step
 * already told the two apart: only a `dateline` block counts as stated. Without one, the
 * latest date the body mentions is a lower bound (an article cannot report what had not
 * happened yet), so the result is *inferred*, at that mention's precision, with a note
 * that says so. Relative dates ("on Thursday", "last month") need the publication date to
 * resolve, so they give nothing here; the analyst's curation file can do better.
 *
 *   dateline "September 2, 2023"        → { date: '2023-09-02', precision: 'day', basis: 'stated' }
 *   no dateline, body says "August 2022" → { date: '2022-08-01', precision: 'month', basis: 'inferred' }
 */
export function findPublicationDate(cleaned: CleanedArticle): PublicationDate {
  const datelines = cleaned.blocks.filter((b) => b.role === 'dateline');
  // "Updated …" lines are later than the publication; prefer the other one when both are printed.
  const ordered = [...datelines.filter((b) => !/^\s*(last\s+)?updated\b/i.test(b.text)), ...datelines];
  for (const block of ordered) {
    const parsed = parseDateLine(block.text);
    if (!parsed) continue;
    const printed = block.text.trim();
    return {
      published: { ...parsed, basis: 'stated', note: `Printed beside the headline: "${printed}".` },
      note: `Printed beside the headline: "${printed}".`,
    };
  }

  let latest: (DateMention & { paragraph: number }) | null = null;
  cleaned.paragraphs.forEach((paragraph, p) => {
    for (const m of findDateMentions(paragraph)) {
      if (!latest || m.date > latest.date || (m.date === latest.date && finer(m.precision, latest.precision))) {
        latest = { ...m, paragraph: p };
      }
    }
  });
  // TypeScript does not see the assignment inside the callback.
  const found = latest as (DateMention & { paragraph: number }) | null;
  if (!found) {
    return {
      published: null,
      note: 'No date printed, and the text mentions no full date, month and year, or year to infer one from.',
    };
  }
  const note =
    `No date printed; the latest date the text mentions is "${found.text}" (paragraph ${found.paragraph + 1}), ` +
    'so published on or after it.';
  return { published: { date: found.date, precision: found.precision, basis: 'inferred', note }, note };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(\d{4})`;

/** Day-precision forms: "September 2, 2023", "2 September 2023", "2023-09-02". */
const FULL_DATES: { re: RegExp; read: (m: RegExpExecArray) => [string, string, string] }[] = [
  { re: new RegExp(String.raw`\b${MONTH}\s+${DAY},?\s+${YEAR}\b`, 'gi'), read: (m) => [m[3]!, m[1]!, m[2]!] },
  { re: new RegExp(String.raw`\b${DAY}\s+(?:of\s+)?${MONTH},?\s+${YEAR}\b`, 'gi'), read: (m) => [m[3]!, m[2]!, m[1]!] },
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, read: (m) => [m[1]!, m[2]!, m[3]!] },
];
const MONTH_YEAR = new RegExp(String.raw`\b${MONTH},?\s+(?:of\s+)?${YEAR}\b`, 'gi');
const YEAR_ONLY = /\b(1[89]\d\d|20\d\d)\b/g;

// A deadline or plan may lie after the publication, so it is no lower bound:
// "by 2027", "before the end of 2024", "until June 2025".
const FORWARD = /\b(by|until|till|before|ahead\s+of|through)\s+(the\s+)?((end|start|beginning|middle)\s+of\s+)?$/i;

/**
 * Every datable mention in `text`: full dates, then months with a year, then bare years
 * that are not part of either. Mentions introduced as deadlines ("by 2027") are left out.
 *
 *   findDateMentions('In August 2022, and on June 4, 2023.')
 *     → [{ text: 'June 4, 2023', date: '2023-06-04', precision: 'day', … },
 *        { text: 'August 2022', date: '2022-08-01', precision: 'month', … }]
 */
export function findDateMentions(text: string): DateMention[] {
  const out: DateMention[] = [];
  let masked = text;
  const take = (m: RegExpExecArray, date: Day | null, precision: DatePrecision) => {
    masked = masked.slice(0, m.index) + ' '.repeat(m[0].length) + masked.slice(m.index + m[0].length);
    if (!date || FORWARD.test(text.slice(Math.max(0, m.index - 40), m.index))) return;
    out.push({ text: m[0], index: m.index, date, precision });
  };
  for (const { re, read } of FULL_DATES) {
    for (const m of masked.matchAll(re)) take(m as RegExpExecArray, toDay(...read(m as RegExpExecArray)), 'day');
  }
  for (const m of masked.matchAll(MONTH_YEAR)) take(m as RegExpExecArray, toDay(m[2]!, m[1]!, '1'), 'month');
  for (const m of masked.matchAll(YEAR_ONLY)) take(m as RegExpExecArray, toDay(m[1]!, '1', '1'), 'year');
  return out;
}

const WEEKDAY = String.raw`(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s*`;
// "(Xinhua) 09:08, August 07, 2020": an agency in brackets may stand before the date.
const PREFIX = String.raw`(?:\([\p{L} ]{2,20}\)\s*)?(?:(?:first\s+)?published|(?:last\s+)?updated|posted|date|time)?\s*(?:on)?\s*:?\s*`;
const CLOCK = String.raw`\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}(?:[+-]\d{1,2})?)?`;
const TIME = String.raw`(?:\s*(?:[,|·•/-]|at)?\s*${CLOCK})?`;
// "Updated 5:48 PM EDT, September 10, 2024", "Published: 7:40pm, 29 Aug 2024": the time first.
const TIME_FIRST = String.raw`(?:${CLOCK}\s*,?\s*)?`;
// What may follow the date on the same line: a later "Updated …" stamp, a byline
// ("Posted on December 12, 2024 by Rebecca Lindqvist"), a trailing separator.
const TAIL = String.raw`(?:\s*[|·•]?\s*(?:last\s+)?updated\b.*|\s+by\s+\p{Lu}.{0,60})?\s*[|·•]?`;
const DATE_LINE = new RegExp(
  String.raw`^${PREFIX}${TIME_FIRST}(?:${WEEKDAY})?(?:${MONTH}\s+${DAY},?\s+${YEAR}|${DAY}\s+${MONTH},?\s+${YEAR}|(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+Z?)?|${MONTH},?\s+${YEAR})${TIME}${TAIL}\s*$`,
  'iu',
);

/**
 * The date when a whole line is one date, as printed beside a headline or in a page header:
 * "September 2, 2023", "Thursday, June 12, 2025", "Published: 2 Sept 2023 10:30 GMT",
 * "Updated 5:48 PM EDT, September 10, 2024", "Posted on December 12, 2024 by A. Writer",
 * "August 2023" (month precision). A scraped "May 31, 20248:05 PM GMT+8Updated May 31, 2024"
 * (year and time run together) is read as the first date. A line of parts separated by "|"
 * counts when one part is a date and the others are short labels (source, byline, editor):
 * "By ZHAO LEI | China Daily | Updated: 2025-09-11 07:16", and so does one whose parts are
 * separated by spaced dashes: "Thu, Sep 16, 2021 - page 7". Null for a line that says more.
 */
export function parseDateLine(line: string): PartialDate | null {
  const text = line.replace(/\s+/g, ' ').trim().replace(/\b(\d{4})(?=\d{1,2}:\d{2})/, '$1 ');
  const whole = readDateLine(text);
  if (whole || !/\||\s[-–]\s/.test(text)) return whole;
  // Parts are separated by "|", or by a spaced dash: "KYODO NEWS - May 28, 2024 - 12:34 | World".
  const parts = text.split(/\||\s[-–]\s/).map((p) => p.trim()).filter((p) => p !== '');
  const dated = parts.map(readDateLine);
  const at = dated.findIndex((d) => d !== null);
  if (at < 0 || dated.filter((d) => d !== null).length > 1) return null;
  const labels = parts.filter((_, i) => i !== at);
  return labels.every((p) => p.split(' ').length <= 6 && !/[.!?]$/.test(p)) ? dated[at]! : null;
}

function readDateLine(text: string): PartialDate | null {
  const m = DATE_LINE.exec(text);
  if (!m) return null;
  const parts: [string, string, string, DatePrecision] | null =
    m[1] ? [m[3]!, m[1], m[2]!, 'day']
    : m[4] ? [m[6]!, m[5]!, m[4], 'day']
    : m[7] ? [m[7], m[8]!, m[9]!, 'day']
    : m[10] ? [m[11]!, m[10], '1', 'month']
    : null;
  if (!parts) return null;
  const date = toDay(parts[0], parts[1], parts[2]);
  return date ? { date, precision: parts[3] } : null;
}

/** 'YYYY-MM-DD' from a year, a month (name or number) and a day; null when no such day. */
function toDay(year: string, month: string, day: string): Day | null {
  const y = Number(year);
  if (y < 1800 || y > 2199) return null;
  const mi = /^\d+$/.test(month) ? Number(month) : MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
  const s = `${year}-${String(mi).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isCalendarDay(s) ? s : null;
}

const RANK: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 };
const finer = (a: DatePrecision, b: DatePrecision) => RANK[a] < RANK[b];
