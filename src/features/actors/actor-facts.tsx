import type { Actor } from '../../schema/dataset.ts';
import { formatRoleSpan, latestRole } from '../../domain/actor-roles.ts';
import { actorKindLabel, sideLabel } from '../../domain/labels.ts';

type ActorFactsProps = { actor: Actor; eventCount: number; articleCount: number };

/** Side, kind, the other names the sources use, the latest role and how often they are named. */
export function ActorFacts({ actor, eventCount, articleCount }: ActorFactsProps) {
  const role = latestRole(actor.roles);
  const span = role ? formatRoleSpan(role) : '';
  return (
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
      <dt>Latest known role</dt>
      <dd>
        {role ? role.title : <span className="muted">none recorded</span>}
        {span ? <span className="muted"> ({span})</span> : null}
      </dd>
      <dt>In the sources</dt>
      <dd>
        {actor.mentionCount} {actor.mentionCount === 1 ? 'mention' : 'mentions'} in {articleCount}{' '}
        {articleCount === 1 ? 'article' : 'articles'}; {eventCount} {eventCount === 1 ? 'event' : 'events'}
      </dd>
    </dl>
  );
}
