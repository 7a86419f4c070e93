import { describe, expect, it } from 'vitest';
import { formatRoleSpan, latestRole } from '../../../src/domain/actor-roles.ts';
import type { PartialDate, Role } from '../../../src/schema/dataset.ts';

const month = (ym: string): PartialDate => ({ date: `${ym}-01`, precision: 'month' });
const role = (title: string, from: string | null, to: string | null): Role => ({
  title,
  organizationId: null,
  from: from ? month(from) : null,
  to: to ? month(to) : null,
  articleIds: [],
  note: '',
});

describe('latestRole', () => {
  it.each<[string, Role[], string | undefined]>([
    ['no roles', [], undefined],
    ['one role', [role('A', null, null)], 'A'],
    ['the latest start wins, whatever the list order', [role('New', '2023-03', '2023-10'), role('Old', '2022-10', null)], 'New'],
    ['a dated start beats an undated one', [role('Dated', '2010-01', null), role('Undated', null, null)], 'Dated'],
    ['same start: open-ended beats ended', [role('Open', '2020-01', null), role('Ended', '2020-01', '2021-01')], 'Open'],
    ['same start, both ended: the later end wins', [role('Long', '2020-01', '2022-01'), role('Short', '2020-01', '2021-01')], 'Long'],
    ['undated roles: the last listed wins', [role('First', null, null), role('Second', null, null)], 'Second'],
  ])('%s', (_, roles, expected) => {
    expect(latestRole(roles)?.title).toBe(expected);
  });
});

describe('formatRoleSpan', () => {
  it.each<[Role, string]>([
    [role('x', '2023-03', '2023-10'), 'Mar 2023 – Oct 2023'],
    [role('x', '2023-03', null), 'from Mar 2023'],
    [role('x', null, '2023-10'), 'until Oct 2023'],
    [role('x', null, null), ''],
  ])('%#', (r, expected) => {
    expect(formatRoleSpan(r)).toBe(expected);
  });
});
