import type { Day, EventDate, PartialDate, Published } from '../schema/dataset.ts';
import type { EventDatePrecision } from '../schema/enums.ts';
import { dateBasisLabel } from '../domain/labels.ts';
import {
  dateTimeAttribute,
  formatDayAtPrecision,
  formatEventDate,
  formatPartialDate,
} from '../domain/partial-date.ts';

/** "2 Sep 2023", "Oct 2023" or "2022", in a <time> carrying as much of the date as is known. */
export function PartialDateLabel({ value }: { value: PartialDate }) {
  return <time dateTime={dateTimeAttribute(value.date, value.precision)}>{formatPartialDate(value)}</time>;
}

/** A publication date with its basis ("stated" or "inferred") in words; `null` is "no date". */
export function PublishedLabel({ value }: { value: Published | null }) {
  if (!value) return <span className="muted">no date</span>;
  return (
    <span className="published">
      <PartialDateLabel value={value} />{' '}
      <span className={`basis basis--${value.basis}`}>{dateBasisLabel[value.basis]}</span>
    </span>
  );
}

/** One day at a precision: the start of a status interval ("mid-Nov 2020"). */
export function DayLabel({ day, precision }: { day: Day; precision: EventDatePrecision | null }) {
  return <time dateTime={dateTimeAttribute(day, precision)}>{formatDayAtPrecision(day, precision)}</time>;
}

/** An event date by precision; a span that no single <time> value can express is plain text with its days as a title. */
export function EventDateLabel({ value }: { value: Pick<EventDate, 'start' | 'end' | 'precision'> }) {
  const label = formatEventDate(value);
  const sameMonth = value.start.slice(0, 7) === value.end.slice(0, 7);
  const single =
    value.start === value.end ||
    ((value.precision === 'month' || value.precision === 'part-month') && sameMonth) ||
    (value.precision === 'year' && value.start.slice(0, 4) === value.end.slice(0, 4));
  if (single) return <time dateTime={dateTimeAttribute(value.start, value.precision)}>{label}</time>;
  return <span title={`${value.start} to ${value.end}`}>{label}</span>;
}
