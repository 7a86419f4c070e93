import type { Role } from '../schema/dataset.ts';
import { formatPartialDate } from './partial-date.ts';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The role an actor took up last: the latest `from` date (a role without one counts as
 * earliest); between equal starts an open-ended role (`to: null`) wins over one that ended,
 * then the later end; a full tie goes to the role listed last (the registry lists roles in order).
 *
 *   [Minister (from 2023-03, to 2023-10), Vice-chairman (from 2022-10)] → Minister
 */
export function latestRole(roles: readonly Role[]): Role | undefined {
  let best: Role | undefined;
  for (const role of roles) {
    if (!best || compareRoles(role, best) >= 0) best = role;
  }
  return best;
}

function compareRoles(a: Role, b: Role): number {
  const byStart = cmp(a.from?.date ?? '', b.from?.date ?? '');
  if (byStart !== 0) return byStart;
  if (a.to === null || b.to === null) return a.to === b.to ? 0 : a.to === null ? 1 : -1;
  return cmp(a.to.date, b.to.date);
}

/**
 * When a role was held, as far as known.
 *
 *   from Mar 2023, to Oct 2023 → "Mar 2023 – Oct 2023"
 *   from Mar 2023              → "from Mar 2023"
 *   to Oct 2023                → "until Oct 2023"
 *   neither                    → ""
 */
export function formatRoleSpan(role: Pick<Role, 'from' | 'to'>): string {
  if (role.from && role.to) return `${formatPartialDate(role.from)} – ${formatPartialDate(role.to)}`;
  if (role.from) return `from ${formatPartialDate(role.from)}`;
  if (role.to) return `until ${formatPartialDate(role.to)}`;
  return '';
}
