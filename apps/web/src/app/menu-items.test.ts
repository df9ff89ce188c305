import type { Permission } from '@zhibu/shared';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { buildMenu, selectedEntry } from './menu-items';

const t = ((k: string) => k) as unknown as TFunction;
const can = (perms: Permission[]) => (p: Permission) => perms.includes(p);

describe('menu from permissions', () => {
  it('shows a member only their own profile', () => {
    expect(buildMenu(can(['self:read']), true, t).paths).toEqual(['/talent/me', '/me']);
  });
  it('shows the separated administrators only their own pages', () => {
    expect(buildMenu(can(['account:read', 'account:write', 'system:read']), false, t).paths).toEqual([
      '/accounts',
    ]);
    expect(buildMenu(can(['account:read', 'role:read', 'role:write']), false, t).paths).toEqual(['/roles']);
    expect(buildMenu(can(['audit:read']), false, t).paths).toEqual(['/audit']);
  });
  it('gives the committee administrator organisations, people and import', () => {
    const perms: Permission[] = [
      'org:read',
      'org:write',
      'person:read',
      'person:write',
      'person:import',
      'self:read',
    ];
    expect(buildMenu(can(perms), true, t).paths).toEqual([
      '/orgs',
      '/orgs/warnings',
      '/people',
      '/people/import',
      '/talent/me',
      '/me',
    ]);
  });
  it('gives members the meetings of their branch, secretaries the whole of organisational life', () => {
    expect(buildMenu(can(['self:read', 'meeting:read']), true, t).paths).toEqual([
      '/orglife/meetings',
      '/orglife/appraisals',
      '/talent/me',
      '/me',
    ]);
    const secretary: Permission[] = [
      'org:read',
      'person:read',
      'self:read',
      'meeting:read',
      'meeting:write',
      'compliance:read',
    ];
    expect(buildMenu(can(secretary), true, t).paths.filter((p) => p.startsWith('/orglife'))).toEqual([
      '/orglife/meetings',
      '/orglife/compliance',
      '/orglife/plans',
      '/orglife/talks',
      '/orglife/appraisals',
      '/orglife/absence',
      '/orglife/ledger',
    ]);
  });
  it('shows ratings by permission: rounds to those who read them, schemes to administrators', () => {
    const secretary: Permission[] = ['self:read', 'meeting:read', 'rating:read', 'rating:assess'];
    expect(buildMenu(can(secretary), true, t).paths.filter((p) => p.startsWith('/ratings'))).toEqual([
      '/ratings',
    ]);
    const admin: Permission[] = [
      'rating:read',
      'rating:assess',
      'rating:review',
      'rating:manage',
      'rating:league',
    ];
    expect(buildMenu(can(admin), false, t).paths).toEqual(['/ratings', '/ratings/schemes']);
    expect(selectedEntry('/ratings/schemes/abc', ['/ratings', '/ratings/schemes'])).toBe('/ratings/schemes');
    expect(selectedEntry('/ratings/rounds/abc', ['/ratings', '/ratings/schemes'])).toBe('/ratings');
  });
  it('shows points by permission: members their own, branches the review, committees appeals, rules and figures', () => {
    const member: Permission[] = ['self:read', 'meeting:read', 'points:claim'];
    expect(buildMenu(can(member), true, t).paths.filter((p) => p.startsWith('/points'))).toEqual([
      '/points/me',
    ]);
    // Without a person behind the account there are no own points to show.
    expect(buildMenu(can(member), false, t).paths.filter((p) => p.startsWith('/points'))).toEqual([]);
    const secretary: Permission[] = [...member, 'points:read', 'points:review'];
    expect(buildMenu(can(secretary), true, t).paths.filter((p) => p.startsWith('/points'))).toEqual([
      '/points/me',
      '/points/review',
    ]);
    const admin: Permission[] = [...secretary, 'points:manage', 'points:decide', 'points:aggregate'];
    expect(buildMenu(can(admin), true, t).paths.filter((p) => p.startsWith('/points'))).toEqual([
      '/points/me',
      '/points/review',
      '/points/appeals',
      '/points/rule-sets',
      '/points/overview',
    ]);
    // Inspectors see branch-level figures only.
    expect(buildMenu(can(['points:aggregate']), false, t).paths).toEqual(['/points/overview']);
    expect(selectedEntry('/points/rule-sets/abc', ['/points/me', '/points/rule-sets'])).toBe(
      '/points/rule-sets',
    );
  });
  it('shows evaluation by permission: members their own sheets, branches the rounds', () => {
    const member: Permission[] = ['self:read', 'meeting:read', 'evaluation:rate'];
    expect(buildMenu(can(member), true, t).paths.filter((p) => p.startsWith('/evaluation'))).toEqual([
      '/evaluation/my',
    ]);
    // Without a person behind the account there is nothing to rate.
    expect(buildMenu(can(member), false, t).paths.filter((p) => p.startsWith('/evaluation'))).toEqual([]);
    const secretary: Permission[] = [...member, 'evaluation:manage'];
    expect(buildMenu(can(secretary), true, t).paths.filter((p) => p.startsWith('/evaluation'))).toEqual([
      '/evaluation/my',
      '/evaluation/rounds',
    ]);
    expect(buildMenu(can(['evaluation:manage']), false, t).paths).toEqual(['/evaluation/rounds']);
    expect(buildMenu(can(['points:aggregate']), false, t).paths).not.toContain('/evaluation/rounds');
    expect(selectedEntry('/evaluation/rounds/abc', ['/evaluation/my', '/evaluation/rounds'])).toBe(
      '/evaluation/rounds',
    );
  });
  it('shows talent by permission: members their own profile only, branches the portraits, tiers, pool and import', () => {
    const member: Permission[] = ['self:read', 'meeting:read', 'points:claim', 'evaluation:rate'];
    expect(buildMenu(can(member), true, t).paths.filter((p) => p.startsWith('/talent'))).toEqual([
      '/talent/me',
    ]);
    expect(buildMenu(can(member), false, t).paths.filter((p) => p.startsWith('/talent'))).toEqual([]);
    const secretary: Permission[] = [...member, 'person:read', 'talent:read', 'talent:manage'];
    expect(buildMenu(can(secretary), true, t).paths.filter((p) => p.startsWith('/talent'))).toEqual([
      '/talent/me',
      '/talent/portraits',
      '/talent/tiers',
      '/talent/reserve',
      '/talent/import',
    ]);
    expect(buildMenu(can(['talent:read']), false, t).paths).not.toContain('/talent/import');
  });
  it('selects the most specific entry for a path', () => {
    const paths = ['/orgs', '/orgs/warnings', '/people', '/people/import'];
    expect(selectedEntry('/orgs/warnings', paths)).toBe('/orgs/warnings');
    expect(selectedEntry('/orgs/0190-abc', paths)).toBe('/orgs');
    expect(selectedEntry('/people/123/edit', paths)).toBe('/people');
    expect(selectedEntry('/peoplex', paths)).toBeUndefined();
  });
});
