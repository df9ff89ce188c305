import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iterateSortedPeopleRows } from '../src/modules/people/people-export.repository';
import { findPeopleRows, peopleWhere } from '../src/modules/people/people.repository';
import { SORTS } from '../src/modules/people/people.schemas';
import { one, rows } from '../src/platform/db';
import { systemContext } from '../src/platform/system-actor';
import { sheetRows } from './support/roster';
import { createTestApp, type Client, type TestApp } from './support/test-app';
import { TEST_TIME_ZONE } from './support/templates';

let t: TestApp;
let secretary: Client;
let admin: Client;
let zs01: string;
beforeAll(async () => {
  t = await createTestApp();
  secretary = await t.login('secretary');
  admin = await t.login('admin');
  zs01 = (await one<{ id: string }>(t.database.db, sql`SELECT id FROM org_node WHERE code = 'ZS-01'`))!.id;
});
afterAll(async () => t?.close());

const HEADERS = ['姓名', '性别', '民族', '出生日期', '身份证号', '手机号', '学历', '岗位', '职称/技能等级', '所在单位', '所在党组织'];

async function exportRows(c: Client, query = '') {
  const res = await c.get(`/api/v1/people/export.xlsx${query}`);
  expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  const [header, ...lines] = await sheetRows(res.rawPayload);
  return { header: header as string[], lines, col: (h: string) => (header as string[]).indexOf(h) };
}

describe('roster export', () => {
  it('exports the secretary only their branch, with Chinese headers and labels, ID and phone masked', async () => {
    const { header, lines, col } = await exportRows(secretary);
    expect(header.slice(0, HEADERS.length)).toEqual(HEADERS);
    expect(header).toContain('政治面貌');
    const list = (await secretary.get('/api/v1/people?pageSize=200')).json();
    expect(lines).toHaveLength(list.total);
    expect(new Set(lines.map((l) => l[col('所在党组织')]))).toEqual(new Set(['制丝车间第一党支部']));
    for (const l of lines) {
      expect(l[col('身份证号')]).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
      expect(l[col('手机号')]).toMatch(/^1\d{2}\*{4}\d{4}$/);
      expect(['男', '女']).toContain(l[col('性别')]);
      expect(['群众', '入党申请人', '入党积极分子', '发展对象', '预备党员', '正式党员']).toContain(l[col('政治面貌')]);
    }
    // Same order as the list (sort=name by default).
    expect(lines.map((l) => l[col('姓名')])).toEqual(list.items.map((i: { name: string }) => i.name));
  });

  it('escapes cells that Excel would run as formulas', async () => {
    const created = await secretary.post('/api/v1/people', {
      name: '=HYPERLINK("http://evil.example","点我")',
      gender: 'male',
      jobPost: '@SUM(A1)',
      title: '+1',
      orgNodeId: zs01,
      partyStatus: 'none',
    });
    expect(created.statusCode, created.body).toBe(201);
    const { lines, col } = await exportRows(secretary, `?q=${encodeURIComponent('HYPERLINK')}`);
    expect(lines).toHaveLength(1);
    expect(lines[0]![col('姓名')]).toBe(`'=HYPERLINK("http://evil.example","点我")`);
    expect(lines[0]![col('岗位')]).toBe(`'@SUM(A1)`);
    expect(lines[0]![col('职称/技能等级')]).toBe(`'+1`);
  });

  it('applies the list filters and sort', async () => {
    const { lines, col } = await exportRows(admin, `?orgId=${zs01}&status=full,probationary&gender=female&sort=-birthDate`);
    const list = (await admin.get(`/api/v1/people?orgId=${zs01}&status=full,probationary&gender=female&sort=-birthDate&pageSize=200`)).json();
    expect(lines.length).toBe(list.total);
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) {
      expect(l[col('性别')]).toBe('女');
      expect(['正式党员', '预备党员']).toContain(l[col('政治面貌')]);
    }
    expect(lines.map((l) => l[col('出生日期')])).toEqual(list.items.map((i: { birthDate: string }) => i.birthDate));
  });

  it('pages through every sort order exactly as the list orders it', async () => {
    const root = (await one<{ id: string; path: string; name: string }>(
      t.database.db,
      sql`SELECT id, path, name FROM org_node WHERE parent_id IS NULL`,
    ))!;
    const { actor } = systemContext(root, TEST_TIME_ZONE);
    const where = peopleWhere(actor, { status: [], education: [], ageBand: [] }, '2026-11-21', null);
    for (const sort of SORTS) {
      const expected = (await findPeopleRows(t.database.db, where, sort, 100_000, 0)).items.map((r) => r.id);
      const paged: string[] = [];
      for await (const page of iterateSortedPeopleRows(t.database.db, where, sort, 7)) paged.push(...page.map((r) => r.id));
      expect(paged, sort).toEqual(expected);
    }
  });

  it('reveals ID and phone numbers only to holders of person:read-sensitive, and audits it', async () => {
    const refused = await secretary.get('/api/v1/people/export.xlsx?unmasked=true');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('FORBIDDEN');

    const { lines, col } = await exportRows(admin, `?orgId=${zs01}&unmasked=true`);
    // (one person created in an earlier test has no ID number)
    const ids = lines.map((l) => l[col('身份证号')]).filter((v) => v !== undefined);
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) expect(id).toMatch(/^\d{17}[\dX]$/);
    const audit = await rows<{ actorName: string; diff: { after: { filter: { orgId: string }; rows: number } } }>(
      t.database.db,
      sql`SELECT actor_name AS "actorName", diff FROM audit_event WHERE action = 'person.export_unmasked'`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.diff.after).toMatchObject({ filter: { orgId: zs01 }, rows: lines.length });

    const masked = await exportRows(admin, `?orgId=${zs01}`);
    const maskedIds = masked.lines.map((l) => l[masked.col('身份证号')]).filter((v) => v !== undefined);
    expect(maskedIds).toHaveLength(ids.length);
    for (const id of maskedIds) expect(id).toContain('*');
  });

  it('keeps other branches out of reach and refuses accounts without person:export', async () => {
    const jb01 = (await one<{ id: string }>(t.database.db, sql`SELECT id FROM org_node WHERE code = 'JB-01'`))!.id;
    const outside = await secretary.get(`/api/v1/people/export.xlsx?orgId=${jb01}`);
    expect(outside.statusCode).toBe(403);
    expect(outside.json().code).toBe('OUT_OF_SCOPE');
    const member = await t.login('member');
    expect((await member.get('/api/v1/people/export.xlsx')).statusCode).toBe(403);
  });
});
