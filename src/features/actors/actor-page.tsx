import { useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { Actor } from '../../schema/dataset.ts';
import { actorStatements, actorTimelinePoints } from '../../domain/actor-profile.ts';
import { counterparts } from '../../domain/counterparts.ts';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { countLabel } from '../../domain/labels.ts';
import { useDatasetIndex } from '../../dataset/use-dataset-index.ts';
import { EventTable } from '../../components/event-table.tsx';
import { NotFoundPanel } from '../../components/not-found-panel.tsx';
import { UrlNotice } from '../../components/url-notice.tsx';
import { actorProfileSearch, PROFILE_ARTICLES_STEP } from '../../url/actors-search.ts';
import { actorHref, actorIndexHref, channelHref, timelineActorHref, timelineEventHref } from '../../url/paths.ts';
import { useSearchState } from '../../url/use-search-state.ts';
import { ActorFacts } from './actor-facts.tsx';
import { ActorTimelineChart } from './actor-timeline-chart.tsx';
import { CounterpartList } from './counterpart-list.tsx';
import { MentionArticles } from './mention-articles.tsx';
import { RoleTable } from './role-table.tsx';
import { StatementList } from './statement-list.tsx';
import './actors.css';

/** One actor's profile: who they are, what they did and said, who they met, and where they are named. */
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
  return <ActorProfile key={actor.id} index={index} actor={actor} />;
}

function ActorProfile({ index, actor }: { index: DatasetIndex; actor: Actor }) {
  const [search, update, dropped] = useSearchState(actorProfileSearch, null);
  const navigate = useNavigate();
  const events = index.eventsByActor.get(actor.id) ?? [];
  const points = useMemo(() => actorTimelinePoints(index, actor.id), [index, actor.id]);
  const groups = useMemo(() => counterparts(index, actor.id), [index, actor.id]);
  const statements = useMemo(() => actorStatements(index, actor.id), [index, actor.id]);
  const articles = useMemo(() => index.articlesByDate.filter((a) => actor.articleIds.includes(a.id)), [index, actor.articleIds]);

  return (
    <article className="actor-profile print-clean">
      <title>{`${actor.name} · Hotline`}</title>
      <UrlNotice dropped={dropped} />
      <h1>{actor.name}</h1>
      {actor.description ? <p className="lede">{actor.description}</p> : null}
      <p className="no-print">
        <Link to={timelineActorHref(actor.id)}>Show {actor.name} on the timeline</Link>
      </p>
      <ActorFacts actor={actor} eventCount={events.length} articleCount={articles.length} />
      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading">Roles</h2>
        <RoleTable actorName={actor.name} roles={actor.roles} actorsById={index.actorsById} actorHref={actorHref} />
      </section>
      <section aria-labelledby="events-heading">
        <h2 id="events-heading">Events ({events.length})</h2>
        <ActorTimelineChart actorName={actor.name} points={points} onSelect={(id) => void navigate(timelineEventHref(id))} />
        <EventTable
          caption={`Events ${actor.name} took part in or was quoted about, oldest first`}
          events={events}
          channelsById={index.channelsById}
          channelHref={channelHref}
          emptyMessage={`No curated event involves ${actor.name} yet.`}
        />
      </section>
      <section aria-labelledby="counterparts-heading">
        <h2 id="counterparts-heading">Counterparts: who {actor.name} met or spoke with</h2>
        <CounterpartList actorName={actor.name} groups={groups} />
      </section>
      <section aria-labelledby="statements-heading">
        <h2 id="statements-heading">Statements ({statements.length})</h2>
        <StatementList actorName={actor.name} statements={statements} />
      </section>
      <section aria-labelledby="articles-heading">
        <h2 id="articles-heading">
          Articles that name {actor.name} ({countLabel(articles.length, 'article')})
        </h2>
        <MentionArticles
          actorId={actor.id}
          actorName={actor.name}
          articles={articles}
          shown={search.shown}
          step={PROFILE_ARTICLES_STEP}
          onShowMore={() => update((s) => ({ ...s, shown: s.shown + PROFILE_ARTICLES_STEP }))}
        />
      </section>
    </article>
  );
}
