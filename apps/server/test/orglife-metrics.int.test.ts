import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attendanceRate,
  invalidDecisionMeetings,
  lessonsBySecretary,
  lifeMeetingsRectified,
  meetingsHeld,
} from '../src/modules/orglife/index';
import { one } from '../src/platform/db';
import { createTestApp, type Client, type TestApp } from './support/test-app';

let t: TestApp;
let secretary: Client;
let zs01: string;
let secretaryPerson: string;

beforeAll(async () => {
  t = await createTestApp();
  secretary = await t.login('secretary');
  zs01 = (await one<{ id: string }>(t.database.db, sql`SELECT id FROM org_node WHERE code = 'ZS-01'`))!.id;
  secretaryPerson = (await secretary.get('/api/v1/auth/me')).json().user.personId;
});
afterAll(async () => t?.close());

async function held(types: string[], heldOn: string, extra: Record<string, unknown> = {}, presentShare = 1) {
  const id = (await secretary.post('/api/v1/meetings', { orgNodeId: zs01, types, title: `${heldOn} ${types.join('+')}`, ...extra })).json().id as string;
  await secretary.post(`/api/v1/meetings/${id}/transition`, { action: 'hold', version: 1, heldOn });
  const d = (await secretary.get(`/api/v1/meetings/${id}`)).json();
  const roster = d.attendance as { personId: string }[];
  const cut = Math.round(roster.length * presentShare);
  await secretary.put(`/api/v1/meetings/${id}/attendance`, {
    version: d.version,
    entries: roster.map((a, i) => ({ personId: a.personId, status: i < cut ? 'present' : 'absent' })),
  });
  return { id, expected: roster.length, present: cut };
}

describe('metrics offered to ratings', () => {
  it('counts meetings, attendance, lessons by the secretary, rectified 组织生活会 and invalid decision meetings, with their sources', async () => {
    const a = await held(['theme_day'], '2026-03-06');
    const b = await held(['general_meeting', 'party_lesson'], '2026-04-10', { lecturerPersonId: secretaryPerson }, 0.25);
    const c = await held(['party_lesson'], '2026-06-12', { lecturerPersonId: (await secretary.get(`/api/v1/meetings/${a.id}`)).json().attendance[5].personId });
    const life = await held(['life_meeting'], '2026-10-16');
    const put = await secretary.put(`/api/v1/meetings/${life.id}/rectifications`, {
      items: [
        { problem: '理论学习不够系统', measure: '制定学习计划', dueOn: '2026-11-30', closedOn: '2026-11-10' },
        { problem: '联系群众不够', measure: '每月走访', dueOn: '2027-03-31', closedOn: null },
      ],
    });
    expect(put.statusCode).toBe(204);

    const where = sql`o.id = ${zs01}`;
    const year = { from: '2026-01-01', to: '2027-01-01' };
    expect((await meetingsHeld(t.database.db, where, year, 'theme_day')).get(zs01)).toEqual({ value: 1, sourceIds: [a.id] });
    expect((await meetingsHeld(t.database.db, where, year, 'party_lesson')).get(zs01)?.value).toBe(2);
    expect((await lessonsBySecretary(t.database.db, where, year)).get(zs01)).toEqual({ value: 1, sourceIds: [b.id] });
    expect((await lifeMeetingsRectified(t.database.db, where, year)).get(zs01)).toBeUndefined();
    const rate = (await attendanceRate(t.database.db, where, year)).get(zs01)!;
    const all = [a, b, c, life];
    const ratio = all.reduce((s, m) => s + m.present, 0) / all.reduce((s, m) => s + m.expected, 0);
    expect(rate.value).toBeCloseTo(ratio, 3);
    expect((await invalidDecisionMeetings(t.database.db, where, year)).get(zs01)).toEqual({ value: 1, sourceIds: [b.id] });

    const items = (await secretary.get(`/api/v1/meetings/${life.id}/rectifications`)).json().items;
    await secretary.put(`/api/v1/meetings/${life.id}/rectifications`, { items: items.map((i: object) => ({ ...i, closedOn: '2026-11-20' })) });
    expect((await lifeMeetingsRectified(t.database.db, where, year)).get(zs01)).toEqual({ value: 1, sourceIds: [life.id] });
  });
});

describe('holding a meeting', () => {
  it('cannot be dated in the future', async () => {
    const id = (await secretary.post('/api/v1/meetings', { orgNodeId: zs01, types: ['study'], title: '未来的会' })).json().id;
    const res = await secretary.post(`/api/v1/meetings/${id}/transition`, { action: 'hold', version: 1, heldOn: '2099-01-01' });
    expect(res.statusCode).toBe(400);
    expect(res.json().details.issues[0].path).toBe('heldOn');
  });
});
