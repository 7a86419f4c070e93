import { describe, expect, it } from 'vitest';
import {
  compareEventDates,
  dateTimeAttribute,
  formatDay,
  formatDayAtPrecision,
  formatDayRange,
  formatEventDate,
  formatPartialDate,
  monthThird,
} from '../../../src/domain/partial-date.ts';
import type { EventDate, PartialDate } from '../../../src/schema/dataset.ts';

describe('formatPartialDate', () => {
  it.each<[PartialDate, string]>([
    [{ date: '2023-09-02', precision: 'day' }, '2 Sep 2023'],
    [{ date: '2023-10-01', precision: 'month' }, 'Oct 2023'],
    [{ date: '2022-01-01', precision: 'year' }, '2022'],
    [{ date: '2020-01-31', precision: 'day' }, '31 Jan 2020'],
    [{ date: '2024-12-25', precision: 'day' }, '25 Dec 2024'],
    [{ date: '2024-02-29', precision: 'day' }, '29 Feb 2024'],
  ])('%o → %s', (value, expected) => {
    expect(formatPartialDate(value)).toBe(expected);
  });
});

describe('formatEventDate', () => {
  it.each<[Pick<EventDate, 'start' | 'end' | 'precision'>, string]>([
    [{ start: '2020-10-20', end: '2020-10-20', precision: 'day' }, '20 Oct 2020'],
    [{ start: '2023-08-12', end: '2023-08-18', precision: 'range' }, '12–18 Aug 2023'],
    [{ start: '2020-10-28', end: '2020-11-02', precision: 'range' }, '28 Oct – 2 Nov 2020'],
    [{ start: '2020-12-28', end: '2021-01-03', precision: 'range' }, '28 Dec 2020 – 3 Jan 2021'],
    [{ start: '2023-08-12', end: '2023-08-12', precision: 'range' }, '12 Aug 2023'],
    [{ start: '2020-11-01', end: '2020-11-10', precision: 'part-month' }, 'early-Nov 2020'],
    [{ start: '2020-11-10', end: '2020-11-10', precision: 'part-month' }, 'early-Nov 2020'],
    [{ start: '2020-11-11', end: '2020-11-20', precision: 'part-month' }, 'mid-Nov 2020'],
    [{ start: '2020-11-20', end: '2020-11-20', precision: 'part-month' }, 'mid-Nov 2020'],
    [{ start: '2020-11-21', end: '2020-11-30', precision: 'part-month' }, 'late-Nov 2020'],
    [{ start: '2022-08-01', end: '2022-08-31', precision: 'month' }, 'Aug 2022'],
    [{ start: '2023-10-01', end: '2023-11-30', precision: 'month' }, 'Oct – Nov 2023'],
    [{ start: '2023-12-01', end: '2024-01-31', precision: 'month' }, 'Dec 2023 – Jan 2024'],
    [{ start: '2022-01-01', end: '2022-12-31', precision: 'year' }, '2022'],
    [{ start: '2022-01-01', end: '2023-12-31', precision: 'year' }, '2022–2023'],
  ])('%o → %s', (value, expected) => {
    expect(formatEventDate(value)).toBe(expected);
  });
});

describe('monthThird', () => {
  it.each([
    ['2020-11-01', 'early'],
    ['2020-11-10', 'early'],
    ['2020-11-11', 'mid'],
    ['2020-11-20', 'mid'],
    ['2020-11-21', 'late'],
    ['2020-11-30', 'late'],
  ] as const)('%s is %s', (day, third) => {
    expect(monthThird(day)).toBe(third);
  });
});

describe('formatDayAtPrecision', () => {
  it.each([
    ['2020-11-14', 'part-month', 'mid-Nov 2020'],
    ['2022-08-01', 'month', 'Aug 2022'],
    ['2022-01-01', 'year', '2022'],
    ['2023-08-12', 'range', '12 Aug 2023'],
    ['2023-08-12', 'day', '12 Aug 2023'],
    ['2019-01-01', null, '1 Jan 2019'],
  ] as const)('(%s, %s) → %s', (day, precision, expected) => {
    expect(formatDayAtPrecision(day, precision)).toBe(expected);
  });
});

describe('formatDay and formatDayRange', () => {
  it('never pads the day number', () => {
    expect(formatDay('2023-09-02')).toBe('2 Sep 2023');
  });
  it('gives one day when start and end are the same', () => {
    expect(formatDayRange('2023-08-12', '2023-08-12')).toBe('12 Aug 2023');
  });
  it('uses an unspaced en dash within a month and a spaced one across months', () => {
    expect(formatDayRange('2023-08-12', '2023-08-18')).toBe('12\u201318 Aug 2023');
    expect(formatDayRange('2020-10-28', '2020-11-02')).toBe('28 Oct \u2013 2 Nov 2020');
  });
});

describe('dateTimeAttribute', () => {
  it.each([
    ['2023-10-01', 'month', '2023-10'],
    ['2023-10-14', 'part-month', '2023-10'],
    ['2022-01-01', 'year', '2022'],
    ['2023-09-02', 'day', '2023-09-02'],
    ['2023-09-02', null, '2023-09-02'],
  ] as const)('(%s, %s) → %s', (day, precision, expected) => {
    expect(dateTimeAttribute(day, precision)).toBe(expected);
  });
});

describe('compareEventDates', () => {
  it('orders by start, then by end', () => {
    const a = { start: '2023-08-01', end: '2023-08-31' };
    const b = { start: '2023-08-01', end: '2023-08-01' };
    const c = { start: '2023-07-15', end: '2023-09-01' };
    expect([a, b, c].sort(compareEventDates)).toEqual([c, b, a]);
  });
});
