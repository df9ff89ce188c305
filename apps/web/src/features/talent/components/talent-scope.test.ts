import { describe, expect, it } from 'vitest';
import { orgInRoleScope } from './talent-scope';

// root ─ committee ─ branch A ─ group A1
//      └ branch B
const tree = [
  { id: 'root', parentId: null },
  { id: 'committee', parentId: 'root' },
  { id: 'a', parentId: 'committee' },
  { id: 'a1', parentId: 'a' },
  { id: 'b', parentId: 'root' },
];

describe('orgInRoleScope', () => {
  it('covers the role’s organisation and everything below it', () => {
    const secretaryOfA = [{ role: 'secretary' as const, orgNodeId: 'a' }];
    expect(orgInRoleScope(secretaryOfA, 'talent:read', 'a', tree)).toBe(true);
    expect(orgInRoleScope(secretaryOfA, 'talent:read', 'a1', tree)).toBe(true);
    expect(orgInRoleScope(secretaryOfA, 'talent:read', 'committee', tree)).toBe(false);
    expect(orgInRoleScope(secretaryOfA, 'talent:read', 'b', tree)).toBe(false);
  });

  it('counts only the roles that grant the permission', () => {
    // An inspector reads people across the tree but no talent data; the same user keeps branch B's talent.
    const roles = [
      { role: 'inspector' as const, orgNodeId: 'root' },
      { role: 'secretary' as const, orgNodeId: 'b' },
    ];
    expect(orgInRoleScope(roles, 'person:read', 'a1', tree)).toBe(true);
    expect(orgInRoleScope(roles, 'talent:read', 'a1', tree)).toBe(false);
    expect(orgInRoleScope(roles, 'talent:read', 'b', tree)).toBe(true);
    expect(orgInRoleScope([{ role: 'member', orgNodeId: 'root' }], 'talent:read', 'a', tree)).toBe(false);
  });

  it('knows nothing of organisations outside the tree read', () => {
    expect(
      orgInRoleScope([{ role: 'committee_admin', orgNodeId: 'root' }], 'talent:read', 'elsewhere', tree),
    ).toBe(false);
  });
});
