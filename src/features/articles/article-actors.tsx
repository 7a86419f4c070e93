import { Link } from 'react-router';
import type { Actor, UnlinkedName } from '../../schema/dataset.ts';

type ArticleActorsProps = {
  actors: readonly Actor[];
  unlinkedNames: readonly UnlinkedName[];
  actorHref: (actorId: string) => string;
};

/** Registered actors the article names, and names the registry does not know (with counts). */
export function ArticleActors({ actors, unlinkedNames, actorHref }: ArticleActorsProps) {
  return (
    <>
      {actors.length > 0 ? (
        <ul className="inline-list inline-list--commas">
          {actors.map((actor) => (
            <li key={actor.id}>
              <Link to={actorHref(actor.id)}>{actor.name}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No registered actor is named.</p>
      )}
      {unlinkedNames.length > 0 ? (
        <p>
          <span className="muted">Names not in the registry:</span>{' '}
          {unlinkedNames.map((n) => `${n.text} (${n.count})`).join(', ')}
        </p>
      ) : null}
    </>
  );
}
