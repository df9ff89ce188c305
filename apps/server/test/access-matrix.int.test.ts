import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one } from '../src/platform/db';
import { createTestApp, type Client, type TestApp } from './support/test-app';

// Who may do what, through HTTP against the real database. 'other' is the secretary of another branch.
const ACTORS = ['anonymous', 'member', 'other', 'secretary', 'admin', 'sysadmin', 'secadmin', 'auditor'] as const;
type ActorName = (typeof ACTORS)[number];

let t: TestApp;
const clients = {} as Record<ActorName, Client>;
let zs01: { id: string; version: number };
let person: { id: string; version: number };
let rootId: string;
let plainAccountId: string;

beforeAll(async () => {
  t = await createTestApp();
  for (const a of ACTORS) clients[a] = a === 'anonymous' ? t.anonymous() : await t.login(a);
  zs01 = (await one<{ id: string; version: number }>(t.database.db, sql`SELECT id, version FROM org_node WHERE code = 'ZS-01'`))!;
  person = (await one<{ id: string; version: number }>(
    t.database.db,
    sql`SELECT p.id, p.version FROM person p WHERE p.org_node_id = ${zs01.id}
        AND p.id NOT IN (SELECT person_id FROM account WHERE person_id IS NOT NULL) ORDER BY p.name LIMIT 1`,
  ))!;
  rootId = (await one<{ id: string }>(t.database.db, sql`SELECT id FROM org_node WHERE parent_id IS NULL`))!.id;
  const created = await clients.sysadmin.post('/api/v1/accounts', {
    username: 'plain',
    displayName: '普通账号',
    initialPassword: 'Plain#2026x',
  });
  plainAccountId = created.json().id;
});
afterAll(async () => t?.close());

type Case = { name: string; call: (c: Client) => Promise<{ statusCode: number }>; expect: Record<ActorName, number> };

const cases: Case[] = [
  {
    name: 'list people',
    call: (c) => c.get('/api/v1/people'),
    expect: { anonymous: 401, member: 403, other: 200, secretary: 200, admin: 200, sysadmin: 403, secadmin: 403, auditor: 403 },
  },
  {
    name: 'read a person of 制丝车间第一党支部',
    call: (c) => c.get(`/api/v1/people/${person.id}`),
    expect: { anonymous: 401, member: 404, other: 404, secretary: 200, admin: 200, sysadmin: 403, secadmin: 403, auditor: 403 },
  },
  {
    name: 'edit a person of 制丝车间第一党支部',
    call: (c) => c.patch(`/api/v1/people/${person.id}`, { version: 999, jobPost: '机台长' }),
    // 409: allowed through the access check, then refused for the stale version (nothing changes).
    expect: { anonymous: 401, member: 403, other: 403, secretary: 409, admin: 409, sysadmin: 403, secadmin: 403, auditor: 403 },
  },
  {
    name: 'read the org tree',
    call: (c) => c.get('/api/v1/orgs/tree'),
    expect: { anonymous: 401, member: 403, other: 200, secretary: 200, admin: 200, sysadmin: 403, secadmin: 403, auditor: 403 },
  },
  {
    name: 'create an org node',
    call: (c) => c.post('/api/v1/orgs', { parentId: rootId, type: 'branch', name: '测试支部', code: 'X' }),
    expect: { anonymous: 401, member: 403, other: 403, secretary: 403, admin: 201, sysadmin: 403, secadmin: 403, auditor: 403 },
  },
  {
    name: 'list accounts',
    call: (c) => c.get('/api/v1/accounts'),
    expect: { anonymous: 401, member: 403, other: 403, secretary: 403, admin: 403, sysadmin: 200, secadmin: 200, auditor: 403 },
  },
  {
    name: 'create an account',
    call: (c) => c.post('/api/v1/accounts', { username: 'plain', displayName: 'x', initialPassword: 'Plain#2026x' }),
    expect: { anonymous: 401, member: 403, other: 403, secretary: 403, admin: 403, sysadmin: 409, secadmin: 403, auditor: 403 },
  },
  {
    name: 'assign a role',
    call: (c) => c.post(`/api/v1/accounts/${plainAccountId}/roles`, { role: 'inspector', orgNodeId: rootId }),
    expect: { anonymous: 401, member: 403, other: 403, secretary: 403, admin: 403, sysadmin: 403, secadmin: 201, auditor: 403 },
  },
  {
    name: 'read the audit log',
    call: (c) => c.get('/api/v1/audit-events'),
    expect: { anonymous: 401, member: 403, other: 403, secretary: 403, admin: 403, sysadmin: 403, secadmin: 403, auditor: 200 },
  },
];

describe.each(cases)('$name', ({ call, expect: expected }) => {
  it.each(ACTORS)('as %s', async (actor) => {
    const res = await call(clients[actor]);
    expect(res.statusCode).toBe(expected[actor]);
  });
});

describe('organisation scope', () => {
  it('lists only the people of the secretary’s own branch', async () => {
    const res = await clients.secretary.get('/api/v1/people?pageSize=200');
    const items = res.json().items as { orgNodeId: string }[];
    expect(items.length).toBeGreaterThan(10);
    expect(new Set(items.map((i) => i.orgNodeId))).toEqual(new Set([zs01.id]));
    const filtered = await clients.other.get(`/api/v1/people?orgId=${zs01.id}`);
    expect(filtered.statusCode).toBe(403);
    expect(filtered.json().code).toBe('OUT_OF_SCOPE');
  });

  it('does not let the other branch’s secretary move a person into their branch', async () => {
    const otherBranch = (await one<{ id: string }>(t.database.db, sql`SELECT id FROM org_node WHERE code = 'JB-01'`))!;
    const res = await clients.other.post(`/api/v1/people/${person.id}/transfer`, {
      orgNodeId: otherBranch.id,
      effectiveOn: '2026-11-01',
      version: person.version,
    });
    expect(res.statusCode).toBe(403);
    const still = await one<{ orgNodeId: string }>(t.database.db, sql`SELECT org_node_id AS "orgNodeId" FROM person WHERE id = ${person.id}`);
    expect(still!.orgNodeId).toBe(zs01.id);
  });

  it('shows the secretary only their subtree of the organisation tree', async () => {
    const items = (await clients.secretary.get('/api/v1/orgs/tree')).json().items as { id: string; parentId: string | null; type: string }[];
    expect(items.find((i) => i.parentId === null)?.id).toBe(zs01.id);
    expect(items.every((i) => i.id === zs01.id || i.type === 'group')).toBe(true);
  });

  it('lets a member read their own record and nobody else’s', async () => {
    const me = (await clients.member.get('/api/v1/auth/me')).json();
    const own = await clients.member.get(`/api/v1/people/${me.user.personId}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().sensitiveVisible).toBe(true);
  });

  it('masks ID and phone numbers for a secretary and shows them to the committee administrator', async () => {
    const bySecretary = (await clients.secretary.get(`/api/v1/people/${person.id}`)).json();
    const byAdmin = (await clients.admin.get(`/api/v1/people/${person.id}`)).json();
    expect(bySecretary.idNumber).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    expect(bySecretary.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(byAdmin.idNumber).toMatch(/^\d{17}[\dX]$/);
    const list = (await clients.admin.get('/api/v1/people?pageSize=50')).json().items as { idNumber: string }[];
    expect(list.every((p) => p.idNumber.includes('*'))).toBe(true);
  });
});
