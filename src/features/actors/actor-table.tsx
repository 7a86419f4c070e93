import { Link } from 'react-router';
import type { ActorRow, ActorSortKey } from '../../domain/actor-list.ts';
import { formatRoleSpan } from '../../domain/actor-roles.ts';
import { actorKindLabel, sideLabel } from '../../domain/labels.ts';
import { SortHeader } from '../../components/sort-header.tsx';
import { actorHref } from '../../url/paths.ts';

type ActorTableProps = {
  rows: readonly ActorRow[];
  sort: ActorSortKey;
  dir: 'asc' | 'desc';
  onSort: (key: ActorSortKey) => void;
};

const sortName: Record<ActorSortKey, string> = {
  name: 'name',
  mentions: 'number of mentions',
  events: 'number of events',
  articles: 'number of articles',
};

/** The actor index table: the caption says how it is sorted. */
export function ActorTable({ rows, sort, dir, onSort }: ActorTableProps) {
  const header = (key: ActorSortKey, label: string, className?: string) => (
    <SortHeader label={label} sortKey={key} current={sort} dir={dir} onSort={onSort} className={className} />
  );
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>
          People and organisations, by {sortName[sort]}, {dir === 'asc' ? 'ascending' : 'descending'}
        </caption>
        <thead>
          <tr>
            {header('name', 'Name')}
            <th scope="col">Side</th>
            <th scope="col">Kind</th>
            <th scope="col">Latest known role</th>
            {header('mentions', 'Mentions', 'num')}
            {header('events', 'Events', 'num')}
            {header('articles', 'Articles', 'num')}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ actor, latestRole, mentionCount, eventCount, articleCount, matchedAlias }) => {
            const span = latestRole ? formatRoleSpan(latestRole) : '';
            return (
              <tr key={actor.id}>
                <th scope="row">
                  <Link to={actorHref(actor.id)}>{actor.name}</Link>
                  {matchedAlias ? <span className="muted matched-alias"> (as “{matchedAlias}”)</span> : null}
                </th>
                <td className="nowrap">{sideLabel[actor.side]}</td>
                <td className="nowrap">{actorKindLabel[actor.kind]}</td>
                <td>
                  {latestRole ? latestRole.title : <span className="muted">—</span>}
                  {span ? <span className="muted"> ({span})</span> : null}
                </td>
                <td className="num">{mentionCount}</td>
                <td className="num">{eventCount}</td>
                <td className="num">{articleCount}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
