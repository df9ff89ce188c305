import type { Role } from './enums';

// Permission names. A route declares exactly one of these (or public: true); the UI shows menus and
// buttons from the names GET /api/v1/auth/me returns.
export const PERMISSIONS = [
  'org:read',
  'org:write',
  'person:read',
  'person:read-sensitive',
  'person:write',
  'person:import',
  'person:export',
  'self:read',
  'meeting:read',
  'meeting:write',
  'meeting:review',
  'compliance:read',
  'rating:read',
  'rating:assess',
  'rating:review',
  'rating:manage',
  'rating:league',
  'points:claim',
  'points:read',
  'points:review',
  'points:manage',
  'points:decide',
  'points:aggregate',
  'evaluation:rate',
  'evaluation:manage',
  'talent:read',
  'talent:manage',
  'account:read',
  'account:write',
  'role:read',
  'role:write',
  'audit:read',
  'system:read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

// 三员分立: the three separated administrators hold no business permission at all.
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  committee_admin: [
    'org:read',
    'org:write',
    'person:read',
    'person:read-sensitive',
    'person:write',
    'person:import',
    'person:export',
    'self:read',
    'meeting:read',
    'meeting:write',
    'meeting:review',
    'compliance:read',
    'rating:read',
    'rating:assess',
    'rating:review',
    'rating:manage',
    'rating:league',
    'points:claim',
    'points:read',
    'points:review',
    'points:manage',
    'points:decide',
    'points:aggregate',
    'evaluation:rate',
    'evaluation:manage',
    'talent:read',
    'talent:manage',
  ],
  secretary: [
    'org:read',
    'person:read',
    'person:write',
    'person:import',
    'person:export',
    'self:read',
    'meeting:read',
    'meeting:write',
    'compliance:read',
    'rating:read',
    'rating:assess',
    'points:claim',
    'points:read',
    'points:review',
    'evaluation:rate',
    'evaluation:manage',
    'talent:read',
    'talent:manage',
  ],
  // Members see the meetings of their branch (they attend them), sign in, and keep their own points.
  // Members rate themselves and their fellow members (evaluation:rate) and read their branch's published
  // evaluation; running a round (evaluation:manage) is the branch's. Inspectors see no evaluation.
  member: ['self:read', 'meeting:read', 'points:claim', 'evaluation:rate'],
  // Talent profiles: the branch and the committee keep portraits, credentials, scores, tiers and the
  // reserve pool of the people in their scope (talent:read, talent:manage). A member reads their own
  // credentials, tier and portrait matches through self:read; inspectors see no individual talent data.
  // Appeals are decided above the branch that reviewed the entry (points:decide), so a secretary never
  // judges their own review. Inspectors see branch-level aggregates, never a member's points.
  inspector: ['org:read', 'person:read', 'person:export', 'self:read', 'meeting:read', 'compliance:read', 'rating:read', 'rating:league', 'points:aggregate'],
  sysadmin: ['account:read', 'account:write', 'system:read'],
  secadmin: ['account:read', 'role:read', 'role:write'],
  auditor: ['audit:read'],
};

export function permissionsOf(roles: readonly Role[]): Permission[] {
  const set = new Set<Permission>();
  for (const r of roles) for (const p of ROLE_PERMISSIONS[r]) set.add(p);
  return PERMISSIONS.filter((p) => set.has(p));
}
