import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one } from '../src/platform/db';
import { createTestApp, type Client, type TestApp } from './support/test-app';

let t: TestApp;
let admin: Client;
const idOf = async (code: string) =>
  (await one<{ id: string }>(t.database.db, sql`SELECT id FROM org_node WHERE code = ${code}`))!.id;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(async () => t?.close());

describe('organisation tree', () => {
  it('returns the tree with member counts rolled up per subtree', async () => {
    const items = (await admin.get('/api/v1/orgs/tree')).json().items as {
      id: string;
      parentId: string | null;
      memberCount: number;
      peopleCount: number;
    }[];
    const root = items.find((i) => i.parentId === null)!;
    const directChildren = items.filter((i) => i.parentId === root.id);
    const counted = await one<{ members: number; people: number }>(
      t.database.db,
      sql`SELECT count(*) FILTER (WHERE party_status IN ('full','probationary'))::int AS members, count(*)::int AS people FROM person`,
    );
    expect(root.memberCount).toBe(counted!.members);
    expect(root.peopleCount).toBe(counted!.people);
    // Nobody is placed directly in the 党委 itself, so its children account for everyone.
    expect(directChildren.reduce((s, c) => s + c.peopleCount, 0)).toBe(root.peopleCount);
  });

  it('creates a branch, renames it, moves it with history, and refuses to dissolve it while people remain', async () => {
    const zs = await idOf('ZS');
    const jb = await idOf('JB');
    const created = await admin.post('/api/v1/orgs', {
      parentId: zs,
      type: 'branch',
      name: '制丝车间第五党支部',
      code: 'ZS-05',
      foundedOn: '2026-01-01',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    let d = (await admin.get(`/api/v1/orgs/${id}`)).json();
    expect(d.parentName).toBe('中共示例卷烟厂制丝车间总支部委员会');

    expect((await admin.patch(`/api/v1/orgs/${id}`, { version: d.version, name: '制丝车间青年党支部' })).statusCode).toBe(204);
    expect((await admin.patch(`/api/v1/orgs/${id}`, { version: d.version, name: '过期版本' })).json().code).toBe('CONFLICT');
    d = (await admin.get(`/api/v1/orgs/${id}`)).json();
    expect((await admin.post(`/api/v1/orgs/${id}/move`, { parentId: jb, version: d.version })).statusCode).toBe(204);
    d = (await admin.get(`/api/v1/orgs/${id}`)).json();
    expect(d.parentName).toBe('中共示例卷烟厂卷包车间总支部委员会');
    expect(d.history.map((h: { kind: string }) => h.kind)).toEqual(['moved', 'renamed', 'created']);
    expect(d.history[0].before.parentName).toBe('中共示例卷烟厂制丝车间总支部委员会');

    const person = await admin.post('/api/v1/people', {
      name: '测试人员',
      gender: 'female',
      orgNodeId: id,
      partyStatus: 'none',
    });
    expect(person.statusCode).toBe(201);
    const refused = await admin.post(`/api/v1/orgs/${id}/dissolve`, { version: d.version });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'ORG_NOT_EMPTY', message: '该组织下仍有1名人员、0个下级组织，不能撤销' });
  });

  it('dissolves an empty node and keeps it out of the default tree', async () => {
    const created = await admin.post('/api/v1/orgs', { parentId: await idOf('NY'), type: 'branch', name: '临时项目党支部', code: 'NY-T1', isTemporary: true });
    const id = created.json().id as string;
    const d = (await admin.get(`/api/v1/orgs/${id}`)).json();
    expect(d.abilities.dissolve).toBe(true);
    expect((await admin.post(`/api/v1/orgs/${id}/dissolve`, { version: d.version })).statusCode).toBe(204);
    const tree = (await admin.get('/api/v1/orgs/tree')).json().items as { id: string }[];
    expect(tree.some((n) => n.id === id)).toBe(false);
    const all = (await admin.get('/api/v1/orgs/tree?includeDissolved=true')).json().items as { id: string; dissolved: boolean }[];
    expect(all.find((n) => n.id === id)?.dissolved).toBe(true);
  });

  it('refuses impossible nesting, moves into its own subtree and duplicate codes with clear messages', async () => {
    const zs01 = await idOf('ZS-01');
    const group = await idOf('ZS-01-G1');
    const badType = await admin.post('/api/v1/orgs', { parentId: group, type: 'branch', name: '错误', code: 'BAD-1' });
    expect(badType.json()).toMatchObject({ code: 'ORG_PARENT_INVALID', message: '“党支部”不能设在“党小组”之下' });
    const zs = (await admin.get(`/api/v1/orgs/${await idOf('ZS')}`)).json();
    const intoSelf = await admin.post(`/api/v1/orgs/${zs.id}/move`, { parentId: zs01, version: zs.version });
    expect(intoSelf.json().code).toBe('ORG_MOVE_INTO_SELF');
    const dup = await admin.post('/api/v1/orgs', { parentId: zs.id, type: 'branch', name: '重复', code: 'ZS-01' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().message).toBe('组织编码“ZS-01”已被使用');
  });

  it('lists the demo enterprise’s warnings, filterable by code and severity', async () => {
    const all = (await admin.get('/api/v1/orgs/warnings')).json().items as { orgName: string; warning: { code: string } }[];
    const pairs = all.map((w) => `${w.orgName}:${w.warning.code}`);
    expect(pairs).toEqual(
      expect.arrayContaining([
        '能源动力车间第三党支部:BRANCH_TOO_FEW_FULL_MEMBERS',
        '制丝车间第四党支部:BRANCH_NEEDS_COMMITTEE',
        '卷包车间第三党支部:BRANCH_TOO_LARGE',
        '制丝车间第二党支部:TERM_ENDING_SOON',
        '卷包车间第二党支部:TERM_OVERDUE',
      ]),
    );
    const red = (await admin.get('/api/v1/orgs/warnings?severity=red')).json().items as { warning: { code: string } }[];
    expect(red.length).toBeGreaterThan(0);
    expect(red.every((w) => w.warning.code === 'TERM_OVERDUE')).toBe(true);
    const secretary = await t.login('secretary');
    const own = (await secretary.get('/api/v1/orgs/warnings')).json().items as { orgName: string }[];
    expect(own.every((w) => w.orgName.startsWith('制丝车间第一党支部'))).toBe(true);
  });

  it('records a new committee term, which clears the overdue warning', async () => {
    const jb02 = await idOf('JB-02');
    const before = (await admin.get(`/api/v1/orgs/${jb02}`)).json();
    expect(before.warnings.map((w: { code: string }) => w.code)).toContain('TERM_OVERDUE');
    const people = (await admin.get(`/api/v1/people?orgId=${jb02}&status=full&pageSize=4`)).json().items as { id: string }[];
    const res = await admin.post(`/api/v1/orgs/${jb02}/terms`, {
      startsOn: '2026-11-01',
      endsOn: '2029-10-31',
      electedOn: '2026-11-01',
      posts: ['secretary', 'organization', 'propaganda', 'discipline'].map((post, i) => ({ personId: people[i]!.id, post })),
    });
    expect(res.statusCode).toBe(201);
    const after = (await admin.get(`/api/v1/orgs/${jb02}`)).json();
    expect(after.warnings).toEqual([]);
    expect(after.currentTerm.posts).toHaveLength(4);
    expect(after.terms).toHaveLength(2);
    expect(after.terms[1].closedOn).toBe('2026-11-01');
  });
});
