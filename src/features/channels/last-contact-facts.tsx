import { Link } from 'react-router';
import type { Day, Event, StatusInterval } from '../../schema/dataset.ts';
import { addDays } from '../../domain/days.ts';
import { elapsedLabel } from '../../domain/last-contact.ts';
import { eventTypeLabel } from '../../domain/labels.ts';
import { formatDay } from '../../domain/partial-date.ts';
import { DayLabel, EventDateLabel } from '../../components/partial-date-label.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';

type LastContactFactsProps = {
  mechanism: string;
  current: StatusInterval | undefined;
  contact: Event | undefined;
  /** Exclusive end of the data. */
  dataEnd: Day;
  /** Today, for "how long ago"; passed in so the view stays testable. */
  today: Day;
  eventLink: (eventId: string) => string;
  timelineLink: string;
};

/**
 * Where a channel stands at the end of the data, and how long since its last contact. An
 * imprecise contact ("Aug 2021") is measured from its last possible day, so the time since is
 * never overstated.
 */
export function LastContactFacts({ mechanism, current, contact, dataEnd, today, eventLink, timelineLink }: LastContactFactsProps) {
  const lastDay = addDays(dataEnd, -1);
  return (
    <dl className="facts">
      <dt>Mechanism</dt>
      <dd>{mechanism}</dd>
      <dt>Status at the end of the data</dt>
      <dd>
        <StatusBadge status={current?.status ?? 'unknown'} />
        {current?.eventId ? (
          <>
            {' since '}
            <DayLabel day={current.start} precision={current.precision} />
          </>
        ) : null}{' '}
        <span className="muted">(the data ends {formatDay(lastDay)})</span>
      </dd>
      <dt>Last contact</dt>
      <dd>
        {contact ? (
          <>
            <EventDateLabel value={contact.date} />, {eventTypeLabel[contact.type].toLowerCase()}:{' '}
            <Link to={eventLink(contact.id)}>{contact.summary}</Link>
            <br />
            <span className="last-contact__since">
              {elapsedLabel(contact.date.end, lastDay)} before the data ends; {elapsedLabel(contact.date.end, today)} before today ({formatDay(today)})
            </span>
          </>
        ) : (
          <span className="muted">No meeting, call, video conference or other contact on this channel in the sources.</span>
        )}
      </dd>
      <dt>On the timeline</dt>
      <dd>
        <Link to={timelineLink}>This channel’s lane, events and status on the timeline</Link>
      </dd>
    </dl>
  );
}
