import { describe, expect, it } from 'vitest';
import { findDateExpressions, type Reference } from '../../../../pipeline/ingest/date-expressions.ts';

const FRI = { date: '2024-05-31', precision: 'day', basis: 'stated' } as const satisfies Reference; // a Friday
const dates = (text: string, ref: Reference | null = FRI) => findDateExpressions(text, ref).map((e) => [e.text, e.start, e.endDay, e.precision, e.basis]);

describe('findDateExpressions against a publication date (Friday 31 May 2024)', () => {
  it.each([
    // Weekdays: the latest one on or before the publication in a report, the next one in a plan.
    ['They met on Friday.', ['on Friday', '2024-05-31', '2024-05-31', 'day', 'relative']],
    ['They met on Tuesday.', ['on Tuesday', '2024-05-28', '2024-05-28', 'day', 'relative']],
    ['Dong is due to speak on Sunday.', ['on Sunday', '2024-06-02', '2024-06-02', 'day', 'relative']],
    ['Austin will speak on Saturday.', ['on Saturday', '2024-06-01', '2024-06-01', 'day', 'relative']],
    ['They met from Monday to Tuesday.', ['from Monday to Tuesday', '2024-05-27', '2024-05-28', 'range', 'relative']],
    ['They held talks on Wednesday and Thursday.', ['on Wednesday and Thursday', '2024-05-29', '2024-05-30', 'range', 'relative']],
    // Months without a year: the past one in a report, the next one in a plan.
    ['The two held a video call in April.', ['April', '2024-04-01', '2024-04-30', 'month', 'relative']],
    ['The previous round was held in November.', ['November', '2023-11-01', '2023-11-30', 'month', 'relative']],
    ['The next round is scheduled for November.', ['November', '2024-11-01', '2024-11-30', 'month', 'relative']],
    ['They spoke on October 20.', ['October 20', '2023-10-20', '2023-10-20', 'day', 'relative']],
    ['Biden and Xi agreed last November.', ['last November', '2023-11-01', '2023-11-30', 'month', 'relative']],
    ['before the summit this November', ['this November', '2024-11-01', '2024-11-30', 'month', 'relative']],
    ['at their meeting in November last year', ['in November last year', '2023-11-01', '2023-11-30', 'month', 'relative']],
    ['The agreement came last month.', ['last month', '2024-04-01', '2024-04-30', 'month', 'relative']],
    ['It happened earlier this month.', ['earlier this month', '2024-05-01', '2024-05-31', 'month', 'relative']],
    ['during his visit late last month', ['late last month', '2024-04-21', '2024-04-30', 'part-month', 'relative']],
    ['a seminar in mid-November', ['in mid-November', '2023-11-11', '2023-11-20', 'part-month', 'relative']],
    ['a call in early January 2022', ['in early January 2022', '2022-01-01', '2022-01-10', 'part-month', 'stated']],
    ['They met last week.', ['last week', '2024-05-20', '2024-05-26', 'range', 'relative']],
    ['They met this week.', ['this week', '2024-05-27', '2024-05-31', 'range', 'relative']],
    ['Talks will be held before the end of the year.', ['before the end of the year', '2024-05-31', '2024-12-31', 'range', 'relative']],
    ['The next round is scheduled for the first half of next year.', ['the first half of next year', '2025-01-01', '2025-06-30', 'range', 'relative']],
    ['They will meet again in the spring.', ['in the spring', '2025-03-01', '2025-05-31', 'range', 'relative']],
    ['They agreed to meet later this year.', ['later this year', '2024-05-31', '2024-12-31', 'range', 'relative']],
    ['Beijing cut off talks in August 2022.', ['August 2022', '2022-08-01', '2022-08-31', 'month', 'stated']],
    ['The talks stopped in 2022.', ['in 2022', '2022-01-01', '2022-12-31', 'year', 'stated']],
    ['from August 12th to 18th', ['from August 12th to 18th', '2023-08-12', '2023-08-18', 'range', 'relative']],
    ['between August 14th and 16th, 2023', ['between August 14th and 16th, 2023', '2023-08-14', '2023-08-16', 'range', 'stated']],
    ['Wu said on Thursday (August 31) that', ['on Thursday (August 31)', '2023-08-31', '2023-08-31', 'day', 'relative']],
    ['Austin spoke today by video.', ['today', '2024-05-31', '2024-05-31', 'day', 'relative']],
    ["at last year's forum", ['last year', '2023-01-01', '2023-12-31', 'year', 'relative']],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual([expected]);
  });

  it.each([
    ['a name that is a month', 'Austin met Adm. Dong Jun, his counterpart.'],
    ['a duration', 'the first face-to-face talks in 18 months'],
    ['a span', 'Over the past year, talks have been frozen.'],
    ['a day counted from another event', 'said on Saturday, a day after he met Dong'],
    ['the last day of a visit', 'they met on the last day of the visit'],
    ['a lowercase "may"', 'Trump may meet Xi.'],
  ])('no date in %s', (_name, text) => {
    expect(dates(text).filter(([t]) => t !== 'on Saturday')).toEqual([]);
  });
});

describe('findDateExpressions with a coarse or missing publication date', () => {
  it('a weekday against a month: the month, inferred, saying why', () => {
    const [e] = findDateExpressions('They met on Thursday.', { date: '2023-12-01', precision: 'month', basis: 'inferred' });
    expect(e).toMatchObject({ start: '2023-12-01', endDay: '2023-12-31', precision: 'month', basis: 'inferred' });
    expect(e!.how).toContain('only known to the month');
  });

  it('without any reference only written years resolve', () => {
    expect(dates('They met on Thursday in August and again in August 2022.', null)).toEqual([['August 2022', '2022-08-01', '2022-08-31', 'month', 'stated']]);
  });

  it('the note says how: as written, or against which publication date', () => {
    const [a, b] = findDateExpressions('in August 2022 and last month', FRI);
    expect(a!.how).toBe('as written');
    expect(b!.how).toBe('resolved against the publication date, 2024-05-31 (stated)');
  });
});
