import { withCheckDigit } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one } from '../src/platform/db';
import { createTestApp, type Client, type TestApp } from './support/test-app';

let t: TestApp;
let admin: Client;
let secretary: Client;
const idOf = async (code: string) =>
  (await one<{ id: string }>(t.database.db, sql`SELECT id FROM org_node WHERE code = ${code}`))!.id;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  secretary = await t.login('secretary');
});
afterAll(async () => t?.close());

const valid = (orgNodeId: string) => ({
  name: '陈新党',
  gender: 'male',
  idNumber: withCheckDigit('45020219900307001'),
  phone: '13912345678',
  education: 'bachelor',
  orgNodeId,
  partyStatus: 'full',
  appliedOn: '2013-03-01',
  activistOn: '2013-06-01',
  developmentOn: '2014-09-01',
  admittedOn: '2015-01-10',
  confirmedOn: '2016-01-10',
});

describe('people', () => {
  it('paginates, searches by name, filters and sorts on the server', async () => {
    const page1 = (await admin.get('/api/v1/people?page=1&pageSize=10&sort=name')).json();
    const page2 = (await admin.get('/api/v1/people?page=2&pageSize=10&sort=name')).json();
    expect(page1.items).toHaveLength(10);
    expect(page1.total).toBeGreaterThan(700);
    expect(page1.items[9].name <= page2.items[0].name).toBe(true);
    const wang = (await admin.get(`/api/v1/people?q=${encodeURIComponent('王')}&pageSize=200`)).json().items as { name: string }[];
    expect(wang.length).toBeGreaterThan(0);
    expect(wang.every((p) => p.name.includes('王'))).toBe(true);
    const f = (await admin.get('/api/v1/people?status=probationary&gender=female&ageBand=lt30,30to39&education=bachelor&pageSize=200')).json()
      .items as { partyStatus: string; gender: string; age: number; education: string }[];
    expect(f.every((p) => p.partyStatus === 'probationary' && p.gender === 'female' && p.age < 40 && p.education === 'bachelor')).toBe(true);
    const under = (await admin.get(`/api/v1/people?orgId=${await idOf('ZS')}&pageSize=1`)).json().total;
    const direct = await one<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM person p JOIN org_node o ON o.id = p.org_node_id WHERE o.path LIKE (SELECT path || '%' FROM org_node WHERE code = 'ZS')`,
    );
    expect(under).toBe(direct!.n);
  });

  it('creates a person with validated fields and keeps history', async () => {
    const zs01 = await idOf('ZS-01');
    const res = await secretary.post('/api/v1/people', valid(zs01));
    expect(res.statusCode).toBe(201);
    const p = (await secretary.get(`/api/v1/people/${res.json().id}`)).json();
    expect(p).toMatchObject({ name: '陈新党', birthDate: '1990-03-07', partyStatus: 'full', orgName: '制丝车间第一党支部' });
    expect(p.idNumber).toContain('*');
    expect(p.history[0].kind).toBe('created');
    expect(p.memberships).toHaveLength(1);
  });

  it('refuses a bad checksum, a duplicate ID number and inconsistent dates, writing nothing', async () => {
    const zs01 = await idOf('ZS-01');
    const count = async () => (await one<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM person`))!.n;
    const n0 = await count();
    const badSum = await secretary.post('/api/v1/people', { ...valid(zs01), idNumber: '110105194912310021' });
    expect(badSum.statusCode).toBe(400);
    expect(badSum.json().details.issues[0].path).toBe('idNumber');
    const dup = await secretary.post('/api/v1/people', valid(zs01));
    expect(dup.statusCode).toBe(409);
    expect(dup.json().message).toBe('身份证号已存在（陈新党）');
    const dates = await secretary.post('/api/v1/people', {
      ...valid(zs01),
      idNumber: withCheckDigit('45020219920101002'),
      gender: 'female',
      confirmedOn: '2015-06-01',
    });
    expect(dates.statusCode).toBe(422);
    expect(dates.json().message).toContain('转正日期：转正日期距入党日期不足一年预备期');
    const impossible = await secretary.post('/api/v1/people', { ...valid(zs01), admittedOn: '2023-02-30' });
    expect(impossible.statusCode).toBe(400);
    expect(await count()).toBe(n0);
  });

  it('edits with optimistic locking and records a status change as a new membership period', async () => {
    const zs01 = await idOf('ZS-01');
    const p = (await admin.get(`/api/v1/people?orgId=${zs01}&status=probationary&pageSize=1`)).json().items[0];
    const d = (await admin.get(`/api/v1/people/${p.id}`)).json();
    const res = await admin.patch(`/api/v1/people/${p.id}`, {
      version: d.version,
      partyStatus: 'full',
      confirmedOn: null,
    });
    expect(res.statusCode).toBe(422);
    const today = new Date().toISOString().slice(0, 10);
    const tooEarly = await admin.patch(`/api/v1/people/${p.id}`, { version: d.version, partyStatus: 'full', confirmedOn: today });
    expect(tooEarly.json().code).toBe('PERSON_DATES_INCONSISTENT');
    const ok = await admin.patch(`/api/v1/people/${p.id}`, { version: d.version, title: '技师' });
    expect(ok.statusCode).toBe(204);
    const stale = await admin.patch(`/api/v1/people/${p.id}`, { version: d.version, title: '高级技师' });
    expect(stale.json().code).toBe('CONFLICT');
  });

  it('transfers a person inside the scope and keeps the old placement in history', async () => {
    const zs01 = await idOf('ZS-01');
    const zs03 = await idOf('ZS-03');
    const p = (await admin.get(`/api/v1/people?orgId=${zs01}&status=none&pageSize=1`)).json().items[0];
    const d = (await admin.get(`/api/v1/people/${p.id}`)).json();
    const res = await admin.post(`/api/v1/people/${p.id}/transfer`, { orgNodeId: zs03, effectiveOn: '2026-10-01', version: d.version, note: '岗位调整' });
    expect(res.statusCode).toBe(204);
    const after = (await admin.get(`/api/v1/people/${p.id}`)).json();
    expect(after.orgName).toBe('制丝车间第三党支部');
    expect(after.history[0]).toMatchObject({ kind: 'transferred', effectiveOn: '2026-10-01', note: '岗位调整' });
    expect(after.memberships[0]).toMatchObject({ orgName: '制丝车间第三党支部', validTo: null });
    expect(after.memberships[1]).toMatchObject({ orgName: '制丝车间第一党支部', validTo: '2026-10-01' });
    // The secretary of 制丝车间第一党支部 no longer sees the person.
    expect((await secretary.get(`/api/v1/people/${p.id}`)).statusCode).toBe(404);
  });

  it('rejects a Party group that is not under the person’s branch', async () => {
    const zs01 = await idOf('ZS-01');
    const foreignGroup = await idOf('JB-01-G1');
    const res = await admin.post('/api/v1/people', { name: '张三', gender: 'male', orgNodeId: zs01, partyGroupId: foreignGroup, partyStatus: 'none' });
    expect(res.json()).toMatchObject({ code: 'PERSON_GROUP_INVALID', message: '党小组必须属于所在党支部' });
  });
});

describe('language of validation messages', () => {
  it('explains inconsistent dates in English when asked', async () => {
    const zs01 = await idOf('ZS-01');
    const res = await admin.request({
      method: 'POST',
      url: '/api/v1/people',
      payload: { ...valid(zs01), idNumber: withCheckDigit('45020219920101003'), confirmedOn: '2015-06-01' },
      headers: { 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().message).toBe('Confirmed on: Less than one year of probation');
    expect(res.json().details.issues[0].message).toBe('Confirmed on: Less than one year of probation');
  });
});
