import { Link } from 'react-router';
import type { Actor, Channel } from '../../schema/dataset.ts';

type ChannelSidesProps = {
  channel: Channel;
  actorsById: ReadonlyMap<string, Actor>;
  actorHref: (actorId: string) => string;
};

/** Who sits on each side of a channel: offices in prose, and the registered actors. */
export function ChannelSides({ channel, actorsById, actorHref }: ChannelSidesProps) {
  const sides = [
    { key: 'us', label: 'United States', side: channel.us },
    { key: 'prc', label: 'China (PRC)', side: channel.prc },
  ] as const;
  return (
    <div className="sides">
      {sides.map(({ key, label, side }) => (
        <section key={key} className="side" aria-labelledby={`side-${key}`}>
          <h3 id={`side-${key}`}>{label}</h3>
          {side.offices.length > 0 ? (
            <ul>
              {side.offices.map((office) => (
                <li key={office}>{office}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">No offices recorded.</p>
          )}
          {side.actorIds.length > 0 ? (
            <p>
              Actors:{' '}
              {side.actorIds.map((id, i) => (
                <span key={id}>
                  {i > 0 ? ', ' : null}
                  <Link to={actorHref(id)}>{actorsById.get(id)?.name ?? id}</Link>
                </span>
              ))}
            </p>
          ) : null}
        </section>
      ))}
    </div>
  );
}
