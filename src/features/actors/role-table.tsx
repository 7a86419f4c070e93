import { Link } from 'react-router';
import type { Actor, Role } from '../../schema/dataset.ts';
import { PartialDateLabel } from '../../components/partial-date-label.tsx';
import { EmptyState } from '../../components/empty-state.tsx';

type RoleTableProps = {
  actorName: string;
  roles: readonly Role[];
  actorsById: ReadonlyMap<string, Actor>;
  actorHref: (actorId: string) => string;
};

/** An actor's roles as the registry lists them, with dates where known. */
export function RoleTable({ actorName, roles, actorsById, actorHref }: RoleTableProps) {
  if (roles.length === 0) return <EmptyState title="No roles recorded." />;
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>Roles of {actorName}</caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Organisation</th>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {roles.map((role, i) => (
            <tr key={i}>
              <th scope="row">{role.title}</th>
              <td>
                {role.organizationId ? (
                  <Link to={actorHref(role.organizationId)}>
                    {actorsById.get(role.organizationId)?.name ?? role.organizationId}
                  </Link>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              <td className="nowrap">{role.from ? <PartialDateLabel value={role.from} /> : <span className="muted">unknown</span>}</td>
              <td className="nowrap">{role.to ? <PartialDateLabel value={role.to} /> : <span className="muted">—</span>}</td>
              <td>{role.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
