import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromNumber, dayNumber, timeTicks } from '../../../src/domain/time-scale.ts';

const labels = (from: string, to: string, width: number) => timeTicks(dayNumber(from), dayNumber(to), width).map((t) => t.label);

describe('dayNumber / dayFromNumber', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2024-02-29', 19782],
    ['0050-03-01', -701206],
  ])('%s is day %i', (day, n) => {
    expect(dayNumber(day)).toBe(n);
    expect(dayFromNumber(n)).toBe(day);
  });

  it('round-trips every day from year 1 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber('0001-01-01'), max: dayNumber('9999-12-31') }), (n) => dayNumber(dayFromNumber(n)) === n),
    );
  });
});

describe('timeTicks adapts from days to centuries', () => {
  it.each([
    ['2020-01-01', '2024-01-01', 600, ['2020', '2021', '2022', '2023']],
    ['2023-01-01', '2023-04-01', 700, ['9 Jan 2023', '23 Jan', '6 Feb', '20 Feb', '6 Mar', '20 Mar']],
    ['2023-01-01', '2023-07-01', 700, ['Jan 2023', 'Feb', 'Mar', 'Apr', 'May', 'Jun']],
    ['2023-08-10', '2023-08-20', 700, ['11 Aug 2023', '13 Aug', '15 Aug', '17 Aug', '19 Aug']],
    ['2023-08-10', '2023-08-14', 700, ['10 Aug 2023', '11 Aug', '12 Aug', '13 Aug']],
    ['1900-01-01', '2100-01-01', 700, ['1900', '1950', '2000', '2050']],
    ['2022-11-01', '2023-03-01', 700, ['Nov 2022', 'Dec', 'Jan 2023', 'Feb']],
  ])('%s to %s over %ipx → %j', (from, to, width, expected) => {
    expect(labels(from, to, width)).toEqual(expected);
  });

  it('puts a year tick on 1 January, so clicking "2023" means that day', () => {
    const ticks = timeTicks(dayNumber('2020-01-01'), dayNumber('2024-01-01'), 600);
    expect(ticks.map((t) => t.day)).toEqual(['2020-01-01', '2021-01-01', '2022-01-01', '2023-01-01']);
  });

  it('keeps ticks at least the minimum spacing apart, for any span and width', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber('1000-01-01'), max: dayNumber('2900-01-01') }),
        fc.integer({ min: 1, max: 300_000 }),
        fc.integer({ min: 200, max: 3000 }),
        (start, span, width) => {
          const ticks = timeTicks(start, start + span, width);
          const px = (v: number) => ((v - start) / span) * width;
          for (let i = 1; i < ticks.length; i++) if (px(ticks[i]!.value) - px(ticks[i - 1]!.value) < 80 * 0.9) return false;
          return ticks.every((t) => t.value >= start && t.value < start + span);
        },
      ),
    );
  });
});
