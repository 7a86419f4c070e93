import { Link } from 'react-router';
import { formatRoleSpan, latestRole } from '../../domain/actor-roles.ts';
import { actorKindLabel, sideLabel } from '../../domain/labels.ts';
import { useDatasetIndex } from '../../dataset/use-dataset-index.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { actorHref } from '../../url/paths.ts';

/** Every actor, by name: side, kind, the role taken up last, and how often the sources name them. */
export function ActorIndexPage() {
  const index = useDatasetIndex();
  const actors = index.actorsByName;
  return (
    <>
      <title>Actors · Hotline</title>
      <h1>Actors</h1>
      {actors.length === 0 ? (
        <EmptyState title="The dataset has no actors." />
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption>People and organisations, by name</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Side</th>
                <th scope="col">Kind</th>
                <th scope="col">Latest role</th>
                <th scope="col" className="num">
                  Mentions
                </th>
              </tr>
            </thead>
            <tbody>
              {actors.map((actor) => {
                const role = latestRole(actor.roles);
                const span = role ? formatRoleSpan(role) : '';
                return (
                  <tr key={actor.id}>
                    <th scope="row">
                      <Link to={actorHref(actor.id)}>{actor.name}</Link>
                    </th>
                    <td className="nowrap">{sideLabel[actor.side]}</td>
                    <td className="nowrap">{actorKindLabel[actor.kind]}</td>
                    <td>
                      {role ? role.title : <span className="muted">—</span>}
                      {span ? <span className="muted"> ({span})</span> : null}
                    </td>
                    <td className="num">{actor.mentionCount}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
