import { Link } from 'react-router';
import type { CounterpartGroup } from '../../domain/counterparts.ts';
import { actorKindLabel, countLabel, eventTypeLabel, sideLabel } from '../../domain/labels.ts';
import { formatEventDate } from '../../domain/partial-date.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { actorHref, timelineEventHref } from '../../url/paths.ts';

type CounterpartListProps = {
  actorName: string;
  groups: readonly CounterpartGroup[];
};

/** Who the actor met or spoke with, by side (the other side first), each with the shared events. */
export function CounterpartList({ actorName, groups }: CounterpartListProps) {
  if (groups.length === 0) return <EmptyState title={`No event lists ${actorName} together with another actor.`} />;
  return (
    <div className="counterpart-groups">
      {groups.map((group) => (
        <section key={group.side} className="counterpart-group" aria-labelledby={`counterparts-${group.side}`}>
          <h3 id={`counterparts-${group.side}`}>
            {sideLabel[group.side]} {group.ownSide ? '(same side)' : null}
          </h3>
          <ul className="counterparts">
            {group.counterparts.map(({ actor, events }) => (
              <li key={actor.id}>
                <Link to={actorHref(actor.id)}>{actor.name}</Link>{' '}
                <span className="muted">
                  {actorKindLabel[actor.kind]} · {countLabel(events.length, 'shared event')}
                </span>
                <ul className="shared-events">
                  {events.map((event) => (
                    <li key={event.id}>
                      <Link to={timelineEventHref(event.id)}>
                        {formatEventDate(event.date)}: {eventTypeLabel[event.type]}
                      </Link>
                      {event.draft ? <span className="tag tag--draft">draft</span> : null}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
