import type { EventDatePrecision } from '../../schema/enums.ts';

/** How precisely an event date is known, in words, for tooltips and the detail. */
export function precisionNote(precision: EventDatePrecision): string {
  switch (precision) {
    case 'day':
      return 'exact day';
    case 'range':
      return 'a span of days';
    case 'part-month':
      return 'a third of a month';
    case 'month':
      return 'known to the month';
    case 'year':
      return 'known to the year';
  }
}
