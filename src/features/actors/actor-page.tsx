import { Link, useParams } from 'react-router';
import { actorKindLabel, countLabel, sideLabel } from '../../domain/labels.ts';
import { useDatasetIndex } from '../../dataset/use-dataset-index.ts';
import { EventTable } from '../../components/event-table.tsx';
import { NotFoundPanel } from '../../components/not-found-panel.tsx';
import { actorHref, actorIndexHref, articleHref, channelHref } from '../../url/paths.ts';
import { RoleTable } from './role-table.tsx';

/** One actor: names, roles, events and the articles that mention them. */
export function ActorPage() {
  const { actorId = '' } = useParams();
  const index = useDatasetIndex();
  const actor = index.actorsById.get(actorId);
  if (!actor) {
    return (
      <NotFoundPanel title="Actor not found" links={[{ href: actorIndexHref(), label: 'All actors' }]}>
        <title>Actor not found · Hotline</title>
        <p>
          The dataset has no actor with the id <code>{actorId}</code>.
        </p>
      </NotFoundPanel>
    );
  }
  const articles = actor.articleIds.flatMap((id) => index.articlesById.get(id) ?? []);
  return (
    <>
      <title>{`${actor.name} · Hotline`}</title>
      <h1>{actor.name}</h1>
      {actor.description ? <p className="lede">{actor.description}</p> : null}
      <dl className="facts">
        <dt>Side</dt>
        <dd>{sideLabel[actor.side]}</dd>
        <dt>Kind</dt>
        <dd>{actorKindLabel[actor.kind]}</dd>
        <dt>Also written as</dt>
        <dd>{actor.aliases.length > 0 ? actor.aliases.join('; ') : <span className="muted">no other names</span>}</dd>
        {actor.misspellings.length > 0 ? (
          <>
            <dt>Misspelt in sources as</dt>
            <dd>{actor.misspellings.join('; ')}</dd>
          </>
        ) : null}
        <dt>Mentions</dt>
        <dd>
          {actor.mentionCount} in {countLabel(articles.length, 'article')}
        </dd>
      </dl>
      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading">Roles</h2>
        <RoleTable actorName={actor.name} roles={actor.roles} actorsById={index.actorsById} actorHref={actorHref} />
      </section>
      <section aria-labelledby="events-heading">
        <h2 id="events-heading">Events</h2>
        <EventTable
          caption={`Events involving ${actor.name}, oldest first`}
          events={index.eventsByActor.get(actor.id) ?? []}
          channelsById={index.channelsById}
          channelHref={channelHref}
          emptyMessage="No curated event involves this actor yet."
        />
      </section>
      <section aria-labelledby="articles-heading">
        <h2 id="articles-heading">Articles that mention {actor.name}</h2>
        {articles.length > 0 ? (
          <ul>
            {articles.map((article) => (
              <li key={article.id}>
                <Link to={articleHref(article.id)}>{article.title || article.id}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No article mentions this actor.</p>
        )}
      </section>
    </>
  );
}
