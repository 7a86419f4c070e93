import { Link } from 'react-router';
import type { Actor, UnlinkedName } from '../../schema/dataset.ts';
import { countLabel, sideLabel } from '../../domain/labels.ts';
import { articleHref, actorHref } from '../../url/paths.ts';

type ArticleActorsProps = {
  articleId: string;
  /** In the order to show them. */
  actors: readonly Actor[];
  /** Mentions per actor in this text; undefined while the text loads. */
  mentionCounts: ReadonlyMap<string, number> | undefined;
  selectedActor: string | null;
  unlinkedNames: readonly UnlinkedName[];
};

/**
 * The registered actors the article names, each linked to its profile with a link that
 * highlights its mentions in the text; then the person-like names that match no registry
 * entry, labelled as such, so a new official is noticed.
 */
export function ArticleActors({ articleId, actors, mentionCounts, selectedActor, unlinkedNames }: ArticleActorsProps) {
  return (
    <>
      {actors.length > 0 ? (
        <ul className="side-list side-actors">
          {actors.map((actor) => {
            const selected = actor.id === selectedActor;
            const count = mentionCounts?.get(actor.id);
            return (
              <li key={actor.id}>
                <Link to={actorHref(actor.id)}>{actor.name}</Link>{' '}
                <span className="muted">
                  {sideLabel[actor.side]}
                  {count !== undefined ? ` · ${countLabel(count, 'mention')}` : null}
                </span>{' '}
                <Link
                  to={articleHref(articleId, { actor: actor.id })}
                  className="highlight-link"
                  aria-current={selected ? 'true' : undefined}
                  aria-label={selected ? `Mentions of ${actor.name} highlighted` : `Highlight mentions of ${actor.name}`}
                >
                  {selected ? 'mentions highlighted' : 'highlight mentions'}
                </Link>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted">No registered actor is named.</p>
      )}
      {unlinkedNames.length > 0 ? (
        <section className="unlinked" aria-labelledby="unlinked-heading">
          <h3 id="unlinked-heading">Names not in the registry</h3>
          <p className="muted">Person-like names that match no registered actor: perhaps a new official.</p>
          <ul className="side-list">
            {unlinkedNames.map((name) => (
              <li key={name.text}>
                {name.text} <span className="muted">({countLabel(name.count, 'time')})</span>{' '}
                <span className="tag tag--unregistered">not in the registry</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
