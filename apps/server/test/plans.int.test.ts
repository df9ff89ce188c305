import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one } from '../src/platform/db';
import { createTestApp, type Client, type TestApp } from './support/test-app';

let t: TestApp;
let secretary: Client;
let zs01: string;

beforeAll(async () => {
  t = await createTestApp();
  secretary = await t.login('secretary');
  zs01 = (await one<{ id: string }>(t.database.db, sql`SELECT id FROM org_node WHERE code = 'ZS-01'`))!.id;
});
afterAll(async () => t?.close());

describe('annual plan', () => {
  it('is drafted from the rules, edited, and marks items done when a sitting of that type is held that month', async () => {
    const gen = await secretary.post('/api/v1/plans/generate', { orgNodeId: zs01, year: 2026 });
    expect(gen.statusCode).toBe(201);
    expect(gen.json().items).toBe(12 + 12 + 4 + 4 + 1 + 1);
    const again = await secretary.post('/api/v1/plans/generate', { orgNodeId: zs01, year: 2026 });
    expect(again.json()).toMatchObject({ code: 'PLAN_EXISTS', message: '2026年度计划已存在，如需重新生成请选择“覆盖”' });

    const nov = (await secretary.get(`/api/v1/plans?orgId=${zs01}&year=2026&month=11`)).json().items as {
      id: string;
      meetingType: string;
      status: string;
      plannedOn: string | null;
    }[];
    expect(nov.map((i) => i.meetingType).sort()).toEqual(['committee_meeting', 'general_meeting', 'party_lesson', 'theme_day']);
    const themeDay = nov.find((i) => i.meetingType === 'theme_day')!;
    expect(themeDay).toMatchObject({ plannedOn: '2026-11-06' });

    expect((await secretary.patch(`/api/v1/plans/items/${themeDay.id}`, { plannedOn: '2026-11-13', note: '结合交纳党费' })).statusCode).toBe(204);
    const m = await secretary.post('/api/v1/meetings', { orgNodeId: zs01, types: ['theme_day'], title: '十一月主题党日' });
    await secretary.post(`/api/v1/meetings/${m.json().id}/transition`, { action: 'hold', version: 1, heldOn: '2026-11-13' });
    const after = (await secretary.get(`/api/v1/plans?orgId=${zs01}&year=2026&month=11`)).json().items as typeof nov & { meetingIds: string[] }[];
    const done = after.find((i) => i.id === themeDay.id)!;
    expect(done).toMatchObject({ status: 'done', plannedOn: '2026-11-13', meetingIds: [m.json().id] });
    const october = (await secretary.get(`/api/v1/plans?orgId=${zs01}&year=2026&month=10`)).json().items as { status: string }[];
    expect(october.every((i) => i.status === 'overdue')).toBe(true);

    expect((await secretary.delete(`/api/v1/plans/items/${themeDay.id}`)).statusCode).toBe(204);
    const other = await t.login('other');
    expect((await other.get(`/api/v1/plans?orgId=${zs01}&year=2026`)).statusCode).toBe(403);
  });
});
