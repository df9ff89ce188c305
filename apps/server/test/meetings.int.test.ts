import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one, rows } from '../src/platform/db';
import { createTestApp, type Client, type TestApp } from './support/test-app';

let t: TestApp;
let secretary: Client;
let admin: Client;
let member: Client;
let other: Client;
let zs01: string;

beforeAll(async () => {
  t = await createTestApp();
  secretary = await t.login('secretary');
  admin = await t.login('admin');
  member = await t.login('member');
  other = await t.login('other');
  zs01 = (await one<{ id: string }>(t.database.db, sql`SELECT id FROM org_node WHERE code = 'ZS-01'`))!.id;
});
afterAll(async () => t?.close());

async function heldMeeting(types: string[], heldOn: string, title = '十一月主题党日') {
  const created = await secretary.post('/api/v1/meetings', { orgNodeId: zs01, types, title, place: '车间党员活动室' });
  expect(created.statusCode).toBe(201);
  const id = created.json().id as string;
  const hold = await secretary.post(`/api/v1/meetings/${id}/transition`, { action: 'hold', version: 1, heldOn });
  expect(hold.statusCode).toBe(204);
  return id;
}

const detail = async (c: Client, id: string) => (await c.get(`/api/v1/meetings/${id}`)).json();

describe('meeting records', () => {
  it('records one sitting as several types, with attendance from the roster, votes and validity', async () => {
    const id = await heldMeeting(['theme_day', 'general_meeting', 'party_lesson'], '2026-11-06');
    let d = await detail(secretary, id);
    expect(d.status).toBe('held');
    const roster = d.attendance as { personId: string; voting: boolean; partyStatus: string }[];
    const voters = roster.filter((a) => a.voting);
    expect(voters.length).toBeGreaterThan(10);
    expect(roster.filter((a) => a.partyStatus === 'probationary').every((a) => !a.voting)).toBe(true);

    // More than half of the voters present: valid; one absent with sick leave.
    const presentCount = Math.floor(voters.length / 2) + 1;
    const entries = roster.map((a, i) => ({
      personId: a.personId,
      status: i < presentCount + (roster.length - voters.length) ? 'present' : 'absent',
      absenceReason: 'sick',
    }));
    expect((await secretary.put(`/api/v1/meetings/${id}/attendance`, { version: d.version, entries })).statusCode).toBe(204);
    d = await detail(secretary, id);
    const yes = Math.floor(voters.length / 2) + 1;
    const votes = await secretary.put(`/api/v1/meetings/${id}/resolutions`, {
      version: d.version,
      resolutions: [{ text: '同意接收张某某为中共预备党员', yes, no: 0, abstain: 0 }],
    });
    expect(votes.statusCode).toBe(204);
    d = await detail(secretary, id);
    expect(d.validity.valid).toBe(true);
    expect(d.types).toEqual(['theme_day', 'general_meeting', 'party_lesson']);

    // Recording needs minutes and the lecturer of the lesson.
    const incomplete = await secretary.post(`/api/v1/meetings/${id}/transition`, { action: 'record', version: d.version });
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json().message).toBe('记录不完整：会议记录、授课人');
    const lecturer = roster[0]!.personId;
    expect(
      (await secretary.patch(`/api/v1/meetings/${id}`, { version: d.version, minutes: '学习了……讨论了……', lecturerPersonId: lecturer, lessonTopic: '党章学习' }))
        .statusCode,
    ).toBe(204);
    d = await detail(secretary, id);
    expect((await secretary.post(`/api/v1/meetings/${id}/transition`, { action: 'record', version: d.version })).statusCode).toBe(204);

    // The secretary cannot approve; the committee administrator can, after which the record is frozen.
    d = await detail(secretary, id);
    expect((await secretary.post(`/api/v1/meetings/${id}/transition`, { action: 'approve', version: d.version })).statusCode).toBe(403);
    expect((await admin.post(`/api/v1/meetings/${id}/transition`, { action: 'approve', version: d.version })).statusCode).toBe(204);
    d = await detail(secretary, id);
    const frozen = await secretary.patch(`/api/v1/meetings/${id}`, { version: d.version, title: '改标题' });
    expect(frozen.json()).toMatchObject({ code: 'MEETING_STATE_INVALID', message: '会议当前状态为“已审核”，不能执行此操作' });

    const facts = await rows<{ kind: string }>(t.database.db, sql`SELECT kind FROM fact WHERE source_id = ${id} AND person_id IS NULL ORDER BY kind`);
    expect(facts.map((f) => f.kind)).toEqual(['meeting_held.general_meeting', 'meeting_held.party_lesson', 'meeting_held.theme_day']);
    const lesson = await one<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM fact WHERE source_id = ${id} AND kind = 'lesson_given' AND person_id = ${lecturer}`);
    expect(lesson!.n).toBe(1);
  });

  it('marks a general meeting without quorum invalid and names the rule', async () => {
    const id = await heldMeeting(['general_meeting'], '2026-10-10', '十月党员大会');
    const d = await detail(secretary, id);
    const voters = (d.attendance as { personId: string; voting: boolean }[]).filter((a) => a.voting);
    const entries = voters.slice(0, Math.floor(voters.length / 2)).map((a) => ({ personId: a.personId, status: 'present' }));
    await secretary.put(`/api/v1/meetings/${id}/attendance`, { version: d.version, entries });
    const after = await detail(secretary, id);
    expect(after.validity.valid).toBe(false);
    expect(after.validity.failures[0]).toMatchObject({ rule: 'GENERAL_MEETING_QUORUM', voters: voters.length });
  });

  it('counts an edited meeting once', async () => {
    const id = await heldMeeting(['theme_day'], '2026-09-05', '九月主题党日');
    for (const title of ['九月主题党日（修改）', '九月主题党日（再改）']) {
      const d = await detail(secretary, id);
      await secretary.patch(`/api/v1/meetings/${id}`, { version: d.version, title });
    }
    const n = await one<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM fact WHERE source_id = ${id} AND kind = 'meeting_held.theme_day'`);
    expect(n!.n).toBe(1);
  });

  it('keeps meetings inside the organisation scope', async () => {
    const id = await heldMeeting(['committee_meeting'], '2026-11-02', '十一月支委会');
    expect((await other.get(`/api/v1/meetings/${id}`)).statusCode).toBe(404);
    expect((await member.get(`/api/v1/meetings/${id}`)).statusCode).toBe(200);
    expect((await member.post('/api/v1/meetings', { orgNodeId: zs01, types: ['study'], title: 'x' })).statusCode).toBe(403);
    const list = (await other.get('/api/v1/meetings?pageSize=200')).json().items as { orgNodeId: string }[];
    expect(list.some((m) => m.orgNodeId === zs01)).toBe(false);
    const committee = (await detail(secretary, id)).attendance as unknown[];
    expect(committee).toHaveLength(4);
  });
});

describe('QR sign-in (optional)', () => {
  it('marks the signed-in member present once, and refuses forged, expired or foreign sign-ins', async () => {
    const id = await heldMeeting(['study'], '2026-11-20', '第一议题学习');
    const code = await secretary.post(`/api/v1/meetings/${id}/sign-in-code`);
    expect(code.statusCode).toBe(200);
    expect(code.json().qrSvg).toContain('<svg');
    const { token } = code.json();
    const ok = await member.post('/api/v1/meetings/sign-in', { token });
    expect(ok.statusCode).toBe(200);
    expect((await member.post('/api/v1/meetings/sign-in', { token })).statusCode).toBe(200);
    const me = (await member.get('/api/v1/auth/me')).json().user.personId as string;
    const d = await detail(secretary, id);
    const mine = (d.attendance as { personId: string; status: string; source: string }[]).filter((a) => a.personId === me);
    expect(mine).toEqual([expect.objectContaining({ status: 'present', source: 'qr' })]);
    // The rest of the roster stands as absent, so counts and validity judge against everyone expected.
    expect(d.attendance.length).toBeGreaterThan(10);
    expect(d.presentCount).toBe(1);
    expect(d.expectedCount).toBe(d.attendance.length);

    const forged = token.replace(/.$/, token.endsWith('A') ? 'B' : 'A');
    expect((await member.post('/api/v1/meetings/sign-in', { token: forged })).json().code).toBe('SIGN_IN_INVALID');
    const [mid, , mac] = token.split('.');
    expect((await member.post('/api/v1/meetings/sign-in', { token: `${mid}.${Date.now() - 1000}.${mac}` })).statusCode).toBe(410);
    expect((await other.post('/api/v1/meetings/sign-in', { token })).json().code).toBe('SIGN_IN_NOT_EXPECTED');
  });
});

describe('compliance', () => {
  it('names exactly the missing months on a known dataset', async () => {
    // A fresh branch with a committee, meetings held in 2025 on a known pattern.
    const zs = (await one<{ id: string }>(t.database.db, sql`SELECT id FROM org_node WHERE code = 'ZS'`))!.id;
    const branch = (await admin.post('/api/v1/orgs', { parentId: zs, type: 'branch', name: '合规测试党支部', code: 'CMP-1' })).json().id as string;
    const people: string[] = [];
    for (const [i, name] of ['甲', '乙', '丙'].entries()) {
      const p = await admin.post('/api/v1/people', { name: `测试${name}`, gender: 'male', orgNodeId: branch, partyStatus: 'none' });
      people.push(p.json().id);
      void i;
    }
    await admin.post(`/api/v1/orgs/${branch}/terms`, {
      startsOn: '2024-01-01',
      endsOn: '2027-01-01',
      posts: [
        { personId: people[0], post: 'secretary' },
        { personId: people[1], post: 'organization' },
        { personId: people[2], post: 'propaganda' },
      ],
    });
    const hold = async (types: string[], heldOn: string) => {
      const m = await admin.post('/api/v1/meetings', { orgNodeId: branch, types, title: `${heldOn} 会议` });
      await admin.post(`/api/v1/meetings/${m.json().id}/transition`, { action: 'hold', version: 1, heldOn });
    };
    for (let month = 1; month <= 12; month++) {
      const mm = String(month).padStart(2, '0');
      const types = ['theme_day'];
      if (month !== 3 && month !== 8) types.push('committee_meeting');
      if ([2, 5, 8, 11].includes(month)) types.push('party_lesson');
      if ([3, 9, 12].includes(month)) types.push('general_meeting');
      if (month === 12) types.push('life_meeting', 'appraisal_meeting');
      await hold(types, `2025-${mm}-15`);
    }
    const res = await admin.get(`/api/v1/compliance?year=2025&underId=${branch}`);
    expect(res.statusCode).toBe(200);
    const row = res.json().items[0];
    expect(row.orgName).toBe('合规测试党支部');
    const red = row.cells.filter((c: { status: string }) => c.status === 'red');
    expect(red.map((c: { month: number }) => c.month)).toEqual([3, 6, 8]);
    expect(red.flatMap((c: { missing: { meetingType: string; period: string }[] }) => c.missing.map((m) => `${m.period}:${m.meetingType}`))).toEqual([
      '2025-03:committee_meeting',
      '2025Q2:general_meeting',
      '2025-08:committee_meeting',
    ]);
    const heat = (await admin.get(`/api/v1/compliance/orgs/${branch}?year=2025`)).json();
    expect(heat.meetings).toHaveLength(12);
    expect(heat.cells.map((c: { status: string }) => c.status)).toEqual(row.cells.map((c: { status: string }) => c.status));
    const xlsx = await admin.get(`/api/v1/compliance/export.xlsx?year=2025&underId=${branch}`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('is hidden from members and the separated administrators', async () => {
    expect((await member.get('/api/v1/compliance?year=2026')).statusCode).toBe(403);
    expect((await (await t.login('auditor')).get('/api/v1/compliance?year=2026')).statusCode).toBe(403);
  });
});

describe('frequency rules as versioned data', () => {
  it('are read by everyone who sees compliance, saved as new versions by the top administrator, and change the verdict', async () => {
    const defaults = (await secretary.get('/api/v1/orglife/frequency-rules?year=2024')).json();
    expect(defaults.version).toBe(0);
    expect(defaults.rules.find((r: { meetingType: string }) => r.meetingType === 'party_lesson')).toMatchObject({ period: 'quarter', min: 1 });
    const halfYearly = defaults.rules.map((r: { meetingType: string }) => (r.meetingType === 'party_lesson' ? { ...r, period: 'half' } : r));
    expect((await secretary.put('/api/v1/orglife/frequency-rules', { year: 2024, rules: halfYearly })).statusCode).toBe(403);
    const saved = await admin.put('/api/v1/orglife/frequency-rules', { year: 2024, rules: halfYearly, note: '党课每半年一次' });
    expect(saved.json()).toEqual({ version: 1 });
    expect((await admin.put('/api/v1/orglife/frequency-rules', { year: 2024, rules: halfYearly })).json()).toEqual({ version: 2 });
    const matrix = (await admin.get(`/api/v1/compliance?year=2024&underId=${zs01}`)).json();
    expect(matrix.rulesVersion).toBe(2);
    const lessonPeriods = matrix.items[0].cells.flatMap((c: { missing: { meetingType: string; period: string }[] }) =>
      c.missing.filter((m) => m.meetingType === 'party_lesson').map((m) => m.period),
    );
    expect(lessonPeriods).toEqual(['2024H1', '2024H2']);
  });
});
