import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMetricRegistry } from '../src/metric-registry';
import { attendanceRate, deriveFactsWhere, lessonsBySecretary } from '../src/modules/orglife/index';
import { todayIn } from '../src/platform/clock';
import { one, rows, withParallelReads, type Executor } from '../src/platform/db';
import { metricInstanceKey, type MetricInstance, type MetricValue } from '../src/platform/metrics';
import { TEST_TIME_ZONE } from './support/templates';
import { createTestApp, type Client, type TestApp } from './support/test-app';

// The metric families ratings scores against, on the demo enterprise. Meetings are recorded through the
// API for 2025 (the demo holds none then), each concern in its own branch so the expected values are
// exactly the records made here.

let t: TestApp;
let secretary: Client;
let admin: Client;
let secretaryPerson: string;
const org: Record<string, string> = {};
const registry = buildMetricRegistry();
const Y2025 = { from: '2025-01-01', to: '2026-01-01' };

beforeAll(async () => {
  t = await createTestApp();
  secretary = await t.login('secretary');
  admin = await t.login('admin');
  secretaryPerson = (await secretary.get('/api/v1/auth/me')).json().user.personId;
  for (const r of await rows<{ id: string; code: string }>(t.database.db, sql`SELECT id, code FROM org_node`)) org[r.code] = r.id;
});
afterAll(async () => t?.close());

type Values = Map<string, MetricValue>;

async function compute(
  orgWhere: SQL,
  range: { from: string; to: string },
  list: (string | MetricInstance)[],
  ex: Executor = t.database.db,
): Promise<Record<string, Values>> {
  const instances = list.map((i) => (typeof i === 'string' ? { key: i, params: {} } : i));
  const result = await registry.compute(ex, { orgWhere, ...range }, instances);
  return Object.fromEntries(instances.map((i) => [metricInstanceKey(i.key, i.params), result.get(metricInstanceKey(i.key, i.params)) ?? new Map()]));
}

const only = (code: string) => sql`o.id = ${org[code]}`;
const sorted = (xs: readonly string[] | undefined) => [...(xs ?? [])].sort();
const days = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

/** Plans, holds and records attendance of a sitting; everyone on the roster present unless `present` says otherwise. */
async function hold(
  client: Client,
  orgCode: string,
  types: string[],
  heldOn: string,
  o: { extra?: Record<string, unknown>; present?: (personId: string) => boolean; hours?: number } = {},
) {
  const created = await client.post('/api/v1/meetings', { orgNodeId: org[orgCode], types, title: `${heldOn} ${types.join('+')}`, ...o.extra });
  expect(created.statusCode).toBe(201);
  const id = created.json().id as string;
  expect((await client.post(`/api/v1/meetings/${id}/transition`, { action: 'hold', version: 1, heldOn })).statusCode).toBe(204);
  const d = (await client.get(`/api/v1/meetings/${id}`)).json();
  const roster = (d.attendance as { personId: string }[]).map((a) => a.personId);
  const entries = roster.map((personId) => ({ personId, status: (o.present ?? (() => true))(personId) ? 'present' : 'absent' }));
  // A 支委会 before the branch's committee term has no roster: the secretary-to-be attends.
  if (entries.length === 0) entries.push({ personId: secretaryPerson, status: 'present' });
  expect((await client.put(`/api/v1/meetings/${id}/attendance`, { version: d.version, entries })).statusCode).toBe(204);
  if (o.hours) {
    const start = Date.parse(`${heldOn}T01:00:00.000Z`);
    const patched = await client.patch(`/api/v1/meetings/${id}`, {
      version: await version(client, id),
      actualStart: new Date(start).toISOString(),
      actualEnd: new Date(start + o.hours * 3_600_000).toISOString(),
    });
    expect(patched.statusCode).toBe(204);
  }
  return { id, roster, day: heldOn, hours: o.hours ?? 0, present: entries.filter((e) => e.status === 'present').map((e) => e.personId) };
}

async function version(client: Client, id: string): Promise<number> {
  return (await client.get(`/api/v1/meetings/${id}`)).json().version as number;
}

async function transition(client: Client, id: string, action: string, extra: Record<string, unknown> = {}) {
  const res = await client.post(`/api/v1/meetings/${id}/transition`, { action, version: await version(client, id), ...extra });
  expect(res.statusCode).toBe(204);
}

async function membersOn(code: string, date: string): Promise<{ id: string; name: string }[]> {
  return rows(
    t.database.db,
    sql`SELECT p.id, p.name FROM membership_period m JOIN person p ON p.id = m.person_id
        WHERE m.org_node_id = ${org[code]} AND m.valid_from <= ${date} AND (m.valid_to IS NULL OR m.valid_to > ${date})
          AND m.party_status IN ('full', 'probationary')`,
  );
}

async function committeeOn(code: string, date: string): Promise<string[]> {
  return (
    await rows<{ id: string }>(
      t.database.db,
      sql`SELECT DISTINCT person_id AS id FROM committee_post WHERE org_node_id = ${org[code]} AND post <> 'group_leader'
          AND from_on <= ${date} AND (to_on IS NULL OR to_on > ${date})`,
    )
  ).map((r) => r.id);
}

describe('orglife.meetings', () => {
  it('counts the periods with a sitting, lists the missing ones, and keeps exactly the sittings that counted', async () => {
    const counted: string[] = [];
    const firstTopic: string[] = [];
    for (const month of [1, 2, 4, 5, 6, 7, 9, 10, 11, 12]) {
      const first = [1, 2, 4].includes(month);
      const m = await hold(secretary, 'ZS-01', ['committee_meeting'], `2025-${String(month).padStart(2, '0')}-10`, { extra: { firstTopic: first } });
      counted.push(m.id);
      if (first) firstTopic.push(m.id);
    }
    // The May sitting is corrected after it was held: new day, now with the first topic. It counts once.
    const may = counted[3]!;
    expect((await secretary.patch(`/api/v1/meetings/${may}`, { version: await version(secretary, may), heldOn: '2025-05-20', firstTopic: true })).statusCode).toBe(204);
    firstTopic.push(may);
    // Planned only (March) and sent back after recording (August): neither counts.
    await secretary.post('/api/v1/meetings', { orgNodeId: org['ZS-01'], types: ['committee_meeting'], title: '三月支委会' });
    const august = await hold(secretary, 'ZS-01', ['committee_meeting'], '2025-08-08');
    await secretary.patch(`/api/v1/meetings/${august.id}`, { version: await version(secretary, august.id), minutes: '研究党员发展工作。' });
    await transition(secretary, august.id, 'record');
    await transition(admin, august.id, 'return', { reason: '记录过于简单' });
    // Two records reviewed.
    for (const id of counted.slice(8)) {
      await secretary.patch(`/api/v1/meetings/${id}`, { version: await version(secretary, id), minutes: '传达学习上级精神，研究支部工作。' });
      await transition(secretary, id, 'record');
      await transition(admin, id, 'approve');
    }

    const committee = (period: string) => ({ key: 'meetings.periods', params: { type: 'committee_meeting', period } });
    const r = await compute(only('ZS-01'), Y2025, [
      committee('month'),
      committee('quarter'),
      committee('half'),
      committee('year'),
      { key: 'meetings.periods', params: { type: 'theme_day', period: 'quarter' } },
      { key: 'meetings.count', params: { type: 'committee_meeting' } },
      'meetings.first_topic_share',
      'meetings.reviewed_share',
    ]);
    const zs01 = org['ZS-01']!;
    const month = r['meetings.periods?period=month&type=committee_meeting']!.get(zs01)!;
    expect(month.value).toBe(10);
    expect(month.detail).toEqual({ total: 12, missing: ['3月', '8月'] });
    expect(sorted(month.sourceIds)).toEqual(sorted(counted));
    expect(r['meetings.periods?period=quarter&type=committee_meeting']!.get(zs01)).toMatchObject({ value: 4, detail: { total: 4, missing: [] } });
    expect(r['meetings.periods?period=half&type=committee_meeting']!.get(zs01)).toMatchObject({ value: 2, detail: { total: 2, missing: [] } });
    expect(r['meetings.periods?period=year&type=committee_meeting']!.get(zs01)).toMatchObject({ value: 1, detail: { total: 1, missing: [] } });
    // An org without any sitting of the type still lists every period it missed.
    expect(r['meetings.periods?period=quarter&type=theme_day']!.get(zs01)).toEqual({
      value: 0,
      sourceIds: [],
      detail: { total: 4, missing: ['第1季度', '第2季度', '第3季度', '第4季度'] },
    });
    const count = r['meetings.count?type=committee_meeting']!.get(zs01)!;
    expect(count.value).toBe(10);
    expect(sorted(count.sourceIds)).toEqual(sorted(counted));

    const first = r['meetings.first_topic_share']!.get(zs01)!;
    expect(first.value).toBeCloseTo(4 / 10, 6);
    expect(sorted(first.sourceIds)).toEqual(sorted(firstTopic));
    expect(first.detail?.total).toBe(10);
    expect(first.detail?.missing).toHaveLength(6);
    const reviewed = r['meetings.reviewed_share']!.get(zs01)!;
    expect(reviewed.value).toBeCloseTo(2 / 10, 6);
    expect(sorted(reviewed.sourceIds)).toEqual(sorted(counted.slice(8)));

    // A range across two calendar years names the year in each label.
    const across = await compute(only('ZS-01'), { from: '2024-11-01', to: '2025-03-01' }, [committee('month')]);
    expect(across['meetings.periods?period=month&type=committee_meeting']!.get(zs01)!.detail).toEqual({
      total: 4,
      missing: ['2024年11月', '2024年12月'],
    });

    // The metrics taken over from the earlier query interface answer as it does; the rate's sources are
    // all the branch's held sittings (those without a roster add nothing to it).
    const both = await compute(only('ZS-01'), Y2025, ['attendance.rate', 'lessons.by_secretary']);
    const rate = (await attendanceRate(t.database.db, only('ZS-01'), Y2025)).get(zs01)!;
    expect(both['attendance.rate']!.get(zs01)!.value).toBe(rate.value);
    expect(sorted(both['attendance.rate']!.get(zs01)!.sourceIds)).toEqual(sorted(counted));
    expect(counted).toEqual(expect.arrayContaining(rate.sourceIds));
    expect(both['lessons.by_secretary']!.get(zs01)).toEqual((await lessonsBySecretary(t.database.db, only('ZS-01'), Y2025)).get(zs01));
  });

  it('measures the Party groups’ monthly meetings against groups × months', async () => {
    const groups = await rows<{ id: string; code: string }>(
      t.database.db,
      sql`SELECT id, code FROM org_node WHERE parent_id = ${org['ZS-01']} AND type = 'group' ORDER BY code`,
    );
    expect(groups).toHaveLength(3);
    const ids: string[] = [];
    for (const [code, day] of [
      ['ZS-01-G1', '2025-01-16'],
      ['ZS-01-G1', '2025-01-28'],
      ['ZS-01-G1', '2025-02-14'],
      ['ZS-01-G1', '2025-03-14'],
      ['ZS-01-G2', '2025-02-20'],
    ] as const) {
      ids.push((await hold(secretary, code, ['group_meeting'], day)).id);
    }
    const q1 = { from: '2025-01-01', to: '2025-04-01' };
    const r = await compute(sql`o.type = 'branch'`, q1, ['meetings.group_coverage']);
    const v = r['meetings.group_coverage']!.get(org['ZS-01']!)!;
    expect(v.value).toBeCloseTo(4 / 9, 6);
    expect(sorted(v.sourceIds)).toEqual(sorted(ids));
    expect(v.detail).toEqual({ total: 9, missing: ['第二党小组 1月', '第二党小组 3月', '第三党小组 1月', '第三党小组 2月', '第三党小组 3月'] });
    // Over the year: 4 of 36, the list cut at ten.
    const year = (await compute(only('ZS-01'), Y2025, ['meetings.group_coverage']))['meetings.group_coverage']!.get(org['ZS-01']!)!;
    expect(year.value).toBeCloseTo(4 / 36, 6);
    expect(year.detail?.missing).toHaveLength(10);
    // A branch without groups: 0, with a note.
    expect(r['meetings.group_coverage']!.get(org['NY-03']!)).toEqual({ value: 0, sourceIds: [], detail: { total: 0, missing: [], note: '未设党小组' } });
  });

  it('finds members absent for three months and orgs without any sitting for over six', async () => {
    const before = await hold(admin, 'ZS-03', ['theme_day'], '2025-06-13');
    const [a, b, c] = before.roster as [string, string, string];
    await hold(admin, 'ZS-03', ['theme_day'], '2025-11-14', { present: (p) => ![a, b, c].includes(p) });
    await hold(admin, 'ZS-03', ['study'], '2025-12-05', { present: (p) => p === a });
    // Members of the year end who were not on the November roster were placed later: not yet absent.
    const r = await compute(sql`o.type = 'branch'`, Y2025, ['members.absent_3_months', 'members.absent_6_months_org']);
    const absent = r['members.absent_3_months']!.get(org['ZS-03']!)!;
    expect(sorted(absent.sourceIds)).toEqual(sorted([b, c]));
    expect(absent.value).toBe(2);
    // The people are kept by id, to be named when the result is shown.
    expect(absent.detail?.missingPeople).toEqual(sorted([b, c]).map((id) => [id]));
    // No one in a branch without any 2025 sitting has attended: everyone placed by the end of September is absent.
    const september = new Set((await membersOn('NY-01', '2025-09-30')).map((m) => m.id));
    const ny01 = (await membersOn('NY-01', '2025-12-31')).filter((m) => september.has(m.id));
    expect(sorted(r['members.absent_3_months']!.get(org['NY-01']!)?.sourceIds)).toEqual(sorted(ny01.map((m) => m.id)));

    const lapse = r['members.absent_6_months_org']!;
    expect(lapse.get(org['ZS-03']!)).toBeUndefined(); // June → November is five months
    expect(lapse.get(org['ZS-01']!)).toBeUndefined(); // monthly 支委会 and group meetings
    expect(lapse.get(org['NY-01']!)?.value).toBe(1); // nothing all year
    await hold(admin, 'ZS-04', ['theme_day'], '2025-02-10');
    await hold(admin, 'ZS-04', ['theme_day'], '2025-10-15');
    await hold(admin, 'ZS-04', ['theme_day'], '2025-12-12');
    const zs04 = (await compute(only('ZS-04'), Y2025, ['members.absent_6_months_org']))['members.absent_6_months_org']!.get(org['ZS-04']!);
    expect(zs04).toEqual({ value: 1, detail: { total: 1, note: '2025-02-10 至 2025-10-15 之间超过6个月无组织生活' } });
    // The last sitting before the range starts the first stretch: from 2025-12-12, six months end on 2026-06-12.
    const next = await compute(only('ZS-04'), { from: '2026-01-01', to: '2026-05-01' }, ['members.absent_6_months_org']);
    expect(next['members.absent_6_months_org']!.get(org['ZS-04']!)).toBeUndefined();
    const later = await compute(only('ZS-04'), { from: '2026-01-01', to: '2026-07-01' }, ['members.absent_6_months_org']);
    expect(later['members.absent_6_months_org']!.get(org['ZS-04']!)?.detail?.note).toBe('2025-12-12 至 2026-07-01 之间超过6个月无组织生活');
  });

  it('judges the yearly study hours, with more for committee members, and only where start and end were recorded', async () => {
    const committee = await committeeOn('ZS-02', '2025-12-31');
    expect(committee.length).toBeGreaterThanOrEqual(3);
    const y = committee[0]!;
    const sittings = [await hold(admin, 'ZS-02', ['theme_day'], '2025-03-07', { hours: 8 })];
    const x = sittings[0]!.roster.find((p) => !committee.includes(p))!;
    sittings.push(await hold(admin, 'ZS-02', ['theme_day'], '2025-06-06', { hours: 8, present: (p) => p !== x }));
    sittings.push(await hold(admin, 'ZS-02', ['theme_day', 'general_meeting'], '2025-09-05', { hours: 8 }));
    sittings.push(await hold(admin, 'ZS-02', ['theme_day'], '2025-12-05', { hours: 8 }));
    for (const day of ['2025-04-11', '2025-07-11']) sittings.push(await hold(admin, 'ZS-02', ['study'], day, { hours: 8, present: (p) => committee.includes(p) }));
    sittings.push(await hold(admin, 'ZS-02', ['study'], '2025-10-10', { hours: 8, present: (p) => committee.includes(p) && p !== y }));
    // Without the times recorded a sitting adds no hours; a 支委会 is not a study sitting.
    await hold(admin, 'ZS-02', ['theme_day'], '2025-11-07', { present: (p) => p === x || p === y });
    await hold(admin, 'ZS-02', ['committee_meeting'], '2025-11-21', { hours: 8 });

    /** Members short of 32 hours a year (56 in the committee), prorated, from the sittings recorded above. */
    const expectShort = async (to: string, share: number) => {
      const day = new Date(Date.parse(to) - 86_400_000).toISOString().slice(0, 10);
      const members = await membersOn('ZS-02', day);
      const com = await committeeOn('ZS-02', day);
      const hours = (p: string) => sittings.filter((m) => m.day < to && m.present.includes(p)).reduce((h, m) => h + m.hours, 0);
      const short = members.filter((m) => hours(m.id) < share * (com.includes(m.id) ? 56 : 32) - 1e-9);
      return { members, short };
    };
    const year = await expectShort('2026-01-01', 1);
    expect(year.short.map((m) => m.id)).toContain(x);
    expect(year.short.map((m) => m.id)).toContain(y);
    expect(year.short.length).toBeLessThan(year.members.length / 2);
    const v = (await compute(only('ZS-02'), Y2025, ['class_hours.share_met']))['class_hours.share_met']!.get(org['ZS-02']!)!;
    expect(v.value).toBeCloseTo((year.members.length - year.short.length) / year.members.length, 6);
    expect(v.detail?.total).toBe(year.members.length);
    expect(sorted(v.sourceIds)).toEqual(sorted(year.short.map((m) => m.id)));
    expect(v.detail?.missingPeople).toEqual(sorted(year.short.map((m) => m.id)).map((id) => [id]));
    // The first half-year asks for 181/365 of the yearly hours: 15.9 (27.8 in the committee).
    const half = await expectShort('2025-07-01', 181 / 365);
    expect(half.short.map((m) => m.id)).toContain(x);
    const h = (await compute(only('ZS-02'), { from: '2025-01-01', to: '2025-07-01' }, ['class_hours.share_met']))['class_hours.share_met']!.get(org['ZS-02']!)!;
    expect(h.value).toBeCloseTo((half.members.length - half.short.length) / half.members.length, 6);
  });

  it('counts a member’s hours and attendance wherever held, over whole quarters and other ranges alike, and follows a changed attendance', async () => {
    // A member outside the committee (who needs 32 hours, not 56), placed since before the three months.
    const september = new Set((await membersOn('JB-02', '2025-09-30')).map((m) => m.id));
    const committee = await committeeOn('JB-02', '2025-12-31');
    const p = (await membersOn('JB-02', '2025-12-31')).sort((x, y) => x.id.localeCompare(y.id)).find((m) => september.has(m.id) && !committee.includes(m.id))!;
    expect(p).toBeDefined();
    /** Whether p is short of hours and absent, over each range: rounds' quarters and years, and a range read from the facts. */
    const judge = async () => {
      const out: Record<string, { short: boolean; absent: boolean }> = {};
      for (const range of [Y2025, { from: '2025-10-01', to: '2026-01-01' }, { from: '2025-01-01', to: '2025-12-20' }]) {
        const r = await compute(only('JB-02'), range, ['class_hours.share_met', 'members.absent_3_months']);
        out[`${range.from}/${range.to}`] = {
          short: r['class_hours.share_met']!.get(org['JB-02']!)!.sourceIds!.includes(p.id),
          absent: (r['members.absent_3_months']!.get(org['JB-02']!)?.sourceIds ?? []).includes(p.id),
        };
      }
      return out;
    };
    const away = { short: true, absent: true };
    expect(await judge()).toEqual({ '2025-01-01/2026-01-01': away, '2025-10-01/2026-01-01': away, '2025-01-01/2025-12-20': away });

    // A study sitting of another branch, attended without vote: its 40 hours are p's own.
    const sitting = await hold(admin, 'JB-03', ['study'], '2025-10-10', { hours: 40 });
    const d = (await admin.get(`/api/v1/meetings/${sitting.id}`)).json();
    const entries = [...sitting.present.map((personId) => ({ personId, status: 'present' })), { personId: p.id, status: 'nonvoting' }];
    expect((await admin.put(`/api/v1/meetings/${sitting.id}/attendance`, { version: d.version, entries })).statusCode).toBe(204);
    const there = { short: false, absent: false };
    expect(await judge()).toEqual({ '2025-01-01/2026-01-01': there, '2025-10-01/2026-01-01': there, '2025-01-01/2025-12-20': there });
    const activity = await one<{ hours: number; attended: string }>(
      t.database.db,
      sql`SELECT hours_q4 AS hours, attended_q4::text AS attended FROM member_activity WHERE person_id = ${p.id} AND year = 2025`,
    );
    expect(activity).toEqual({ hours: 40, attended: '2025-10-10' });

    // Taken off the attendance again, p is short and absent again, however the range is read.
    const again = (await admin.get(`/api/v1/meetings/${sitting.id}`)).json();
    const without = sitting.present.map((personId) => ({ personId, status: 'present' }));
    expect((await admin.put(`/api/v1/meetings/${sitting.id}/attendance`, { version: again.version, entries: without })).statusCode).toBe(204);
    expect(await judge()).toEqual({ '2025-01-01/2026-01-01': away, '2025-10-01/2026-01-01': away, '2025-01-01/2025-12-20': away });
    expect(await one(t.database.db, sql`SELECT 1 FROM member_activity WHERE person_id = ${p.id} AND year = 2025`)).toBeUndefined();
  });

  it('keeps members’ activity right when two sittings they attended are saved at the same time', async () => {
    const a = await hold(admin, 'JB-04', ['study'], '2025-05-09', { hours: 3 });
    const b = await hold(admin, 'JB-04', ['theme_day'], '2025-05-16', { hours: 2 });
    const shared = a.present.filter((p) => b.present.includes(p));
    expect(shared.length).toBeGreaterThan(0);
    // The first save holds its transaction open while the second re-derives the other sitting.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const first = t.database.db.transaction(async (tx) => {
      await deriveFactsWhere(tx, sql`m.id = ${a.id}`);
      await gate;
    });
    await new Promise((r) => setTimeout(r, 50));
    const second = t.database.db.transaction(async (tx) => deriveFactsWhere(tx, sql`m.id = ${b.id}`));
    await new Promise((r) => setTimeout(r, 100));
    release();
    await Promise.all([first, second]);
    const rowsNow = await rows<{ person: string; hours: number; attended: string }>(
      t.database.db,
      sql`SELECT person_id AS person, hours_q2 AS hours, attended_q2::text AS attended FROM member_activity
          WHERE year = 2025 AND person_id IN (${sql.join(shared.map((p) => sql`${p}::uuid`), sql`, `)}) ORDER BY person_id`,
    );
    expect(rowsNow).toEqual(sorted(shared).map((person) => ({ person, hours: 5, attended: '2025-05-16' })));
  });

  it('covers the required talk pairs by the talk-coverage rule', async () => {
    const year = Number(todayIn(TEST_TIME_ZONE).slice(0, 4));
    const range = { from: `${year}-01-01`, to: `${year + 1}-01-01` };
    const before = (await secretary.get(`/api/v1/talks/coverage?orgId=${org['ZS-01']}&year=${year}`)).json();
    const [ca, cb] = before.committee as { personId: string }[];
    const others = (before.members as { personId: string }[]).slice(0, 3);
    const talkIds: string[] = [];
    for (const [a, b] of [[ca!.personId, cb!.personId], ...others.map((m) => [ca!.personId, m.personId])] as [string, string][]) {
      const res = await secretary.post('/api/v1/talks', { orgNodeId: org['ZS-01'], talkedOn: `${year}-01-05`, initiatorPersonId: a, partnerPersonId: b, topic: '思想交流' });
      talkIds.push(res.json().id);
    }
    // Two members talking with each other is not a required pair.
    await secretary.post('/api/v1/talks', {
      orgNodeId: org['ZS-01'],
      talkedOn: `${year}-01-06`,
      initiatorPersonId: others[0]!.personId,
      partnerPersonId: others[1]!.personId,
      topic: '交流',
    });
    const after = (await secretary.get(`/api/v1/talks/coverage?orgId=${org['ZS-01']}&year=${year}`)).json();
    const r = await compute(only('ZS-01'), range, ['talks.coverage']);
    const v = r['talks.coverage']!.get(org['ZS-01']!)!;
    expect(after.covered - before.covered).toBe(4);
    expect(v.value).toBeCloseTo(after.covered / after.required, 6);
    expect(v.detail?.total).toBe(after.required);
    expect(sorted(v.sourceIds)).toEqual(sorted(talkIds));
    // Pairs of the committee first, then members, by id: named when the result is shown.
    const missing = v.detail!.missingPeople!;
    expect(missing).toHaveLength(Math.min(10, after.required - after.covered));
    const pairs = missing.filter((g) => g.length === 2);
    expect(missing.slice(0, pairs.length)).toEqual(pairs);
    for (const [a, b] of pairs) expect(a! < b!).toBe(true);
  });

  it('sees the closed appraisal round of the year and whether its 优秀 stay within a third', async () => {
    const run = async (client: Client, code: string, close: boolean) => {
      const id = (await client.post('/api/v1/appraisals', { orgNodeId: org[code], year: 2025 })).json().id as string;
      const round = (await client.get(`/api/v1/appraisals/${id}`)).json();
      const grades = (round.entries as { personId: string }[]).map((e, i) => ({ personId: e.personId, grade: i < round.cap ? 'excellent' : 'qualified' }));
      expect((await client.put(`/api/v1/appraisals/${id}/grades`, { grades })).statusCode).toBe(204);
      if (close) expect((await client.post(`/api/v1/appraisals/${id}/close`)).statusCode).toBe(204);
      return { id, entries: grades.length, cap: round.cap as number };
    };
    const zs01 = await run(secretary, 'ZS-01', true);
    await run(admin, 'JB-01', false);
    const jb02 = await run(admin, 'JB-02', true);
    // A grade changed outside the grading screen pushes JB-02 over the cap.
    await t.database.db.execute(sql`UPDATE appraisal_entry SET org_grade = 'excellent'
      WHERE round_id = ${jb02.id} AND person_id = (SELECT person_id FROM appraisal_entry WHERE round_id = ${jb02.id} AND org_grade = 'qualified' LIMIT 1)`);

    const r = await compute(sql`o.type = 'branch'`, Y2025, ['appraisal.done', 'appraisal.within_cap']);
    expect(r['appraisal.done']!.get(org['ZS-01']!)).toEqual({ value: 1, sourceIds: [zs01.id] });
    expect(r['appraisal.done']!.get(org['JB-01']!)).toBeUndefined(); // still open
    expect(r['appraisal.within_cap']!.get(org['ZS-01']!)).toMatchObject({ value: 1, sourceIds: [zs01.id], detail: { total: zs01.cap } });
    expect(r['appraisal.within_cap']!.get(org['JB-02']!)).toMatchObject({ value: 0, sourceIds: [jb02.id] });
    expect(r['appraisal.within_cap']!.get(org['JB-01']!)).toBeUndefined();
    // Another year's range does not see the 2025 rounds.
    expect((await compute(only('ZS-01'), { from: '2024-01-01', to: '2025-01-01' }, ['appraisal.done']))['appraisal.done']!.size).toBe(0);
  });
});

describe('orgs.structure', () => {
  const year = Number(todayIn(TEST_TIME_ZONE).slice(0, 4));
  const thisYear = () => ({ from: `${year}-01-01`, to: `${year + 1}-01-01` });
  const ALL = ['members.count', 'branch.size_valid', 'committee.complete', 'secretary.vacancy_days', 'term.overdue_days', 'groups.set_up'];

  it('judges size, committee, secretary and term of the demo branches', async () => {
    const r = await compute(sql`o.type IN ('branch', 'general_branch')`, thisYear(), ALL);
    const v = (key: string, code: string) => r[key]!.get(org[code]!)?.value;
    const people = await rows<{ code: string; n: number }>(
      t.database.db,
      sql`SELECT o.code, count(*)::int AS n FROM person p JOIN org_node o ON o.id = p.org_node_id
          WHERE p.party_status IN ('full', 'probationary') GROUP BY o.code`,
    );
    for (const p of people) if (org[p.code] && r['members.count']!.has(org[p.code]!)) expect(v('members.count', p.code)).toBe(p.n);
    expect(v('members.count', 'ZS-01')).toBe(26);

    // Every org in scope is answered, so that a perfect branch scores.
    const branches = Object.keys(org).filter((c) => /^[A-Z]{2}-\d\d$/.test(c));
    expect(branches).toHaveLength(20);
    for (const c of branches) expect(r['branch.size_valid']!.has(org[c]!)).toBe(true);
    expect(v('branch.size_valid', 'ZS-01')).toBe(1);
    expect(v('branch.size_valid', 'ZS')).toBe(1); // not a branch: the branch rules do not apply
    expect(r['branch.size_valid']!.get(org['NY-03']!)).toEqual({ value: 0, detail: { missing: ['正式党员不足3人'] } });
    expect(r['branch.size_valid']!.get(org['JB-03']!)).toEqual({ value: 0, detail: { missing: ['党员超过50人'] } });
    expect(v('branch.size_valid', 'ZS-04')).toBe(0); // 9 full members, only a secretary

    expect(r['committee.complete']!.get(org['ZS-01']!)).toEqual({ value: 1, detail: { total: 4, missing: [] } });
    expect(r['committee.complete']!.get(org['ZS-04']!)).toEqual({ value: 0, detail: { total: 1, missing: ['委员不足3人'] } });
    expect(r['committee.complete']!.get(org['NY-03']!)).toEqual({ value: 0, detail: { total: 0, missing: ['书记空缺'] } });

    expect(v('secretary.vacancy_days', 'ZS-01')).toBe(0);
    expect(v('secretary.vacancy_days', 'NY-03')).toBe(days(thisYear().from, thisYear().to));

    const term = (await one<{ id: string; endsOn: string }>(
      t.database.db,
      sql`SELECT id, ends_on AS "endsOn" FROM committee_term WHERE org_node_id = ${org['JB-02']} ORDER BY starts_on DESC LIMIT 1`,
    ))!;
    const overdueFrom = term.endsOn < thisYear().from ? thisYear().from : new Date(Date.parse(term.endsOn) + 86_400_000).toISOString().slice(0, 10);
    expect(r['term.overdue_days']!.get(org['JB-02']!)).toMatchObject({ value: days(overdueFrom, thisYear().to), sourceIds: [term.id] });
    expect(v('term.overdue_days', 'ZS-01')).toBe(0);
    expect(r['term.overdue_days']!.get(org['NY-03']!)).toEqual({ value: 0, detail: { note: '无届期记录' } });

    for (const c of branches) expect(v('groups.set_up', c)).toBe(1);
  });

  it('measures the longest stretch without a secretary over a past range', async () => {
    const post = (await one<{ fromOn: string }>(
      t.database.db,
      sql`SELECT from_on AS "fromOn" FROM committee_post WHERE org_node_id = ${org['ZS-01']} AND post = 'secretary' ORDER BY from_on LIMIT 1`,
    ))!;
    const from = '2024-01-01';
    const to = '2026-01-01';
    const r = await compute(only('ZS-01'), { from, to }, ['secretary.vacancy_days', 'committee.complete']);
    const expected = post.fromOn <= from ? 0 : days(from, post.fromOn < to ? post.fromOn : to);
    expect(r['secretary.vacancy_days']!.get(org['ZS-01']!)).toEqual({ value: expected, detail: { total: days(from, to) } });
  });

  it('asks for Party groups from 20 members, judged on the last day of the range', async () => {
    await t.database.db.execute(sql`UPDATE org_node SET dissolved_at = ${`${year}-06-01T00:00:00Z`} WHERE parent_id = ${org['JB-01']} AND type = 'group'`);
    const now = await compute(only('JB-01'), thisYear(), ['groups.set_up']);
    expect(now['groups.set_up']!.get(org['JB-01']!)?.value).toBe(0);
    const earlier = await compute(only('JB-01'), { from: `${year - 1}-01-01`, to: `${year}-01-01` }, ['groups.set_up']);
    expect(earlier['groups.set_up']!.get(org['JB-01']!)?.value).toBe(1);
    // The same as-of rule for group coverage: dissolved groups drop out after they are gone.
    const cov = await compute(only('JB-01'), thisYear(), ['meetings.group_coverage']);
    expect(cov['meetings.group_coverage']!.get(org['JB-01']!)?.detail?.note).toBe('未设党小组');
  });
});

describe('query budget', () => {
  /** An executor that counts the statements sent through it. */
  function counting(db: Executor) {
    let n = 0;
    const ex = new Proxy(db, {
      get(target, prop, receiver) {
        if (prop === 'execute') {
          return (...args: unknown[]) => {
            n++;
            return (target.execute as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        const value = Reflect.get(target, prop, receiver) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    return { ex, count: () => n };
  }

  it('answers one branch or all twenty with the same few queries, and the same values for that branch', async () => {
    const meetings = registry.list().filter((m) => m.family === 'orglife.meetings');
    const structure = registry.list().filter((m) => m.family === 'orgs.structure');
    const instances = (defs: typeof meetings): MetricInstance[] =>
      defs.flatMap((d) =>
        d.key === 'meetings.periods'
          ? ['committee_meeting', 'theme_day', 'group_meeting'].flatMap((type) => ['month', 'quarter'].map((period) => ({ key: d.key, params: { type, period } })))
          : d.key === 'meetings.count'
            ? [{ key: d.key, params: { type: 'committee_meeting' } }, { key: d.key, params: { type: 'theme_day' } }]
            : [{ key: d.key, params: {} }],
      );
    for (const [defs, budget] of [
      [meetings, 9],
      [structure, 3],
    ] as const) {
      const one = counting(t.database.db);
      const single = await registry.compute(one.ex, { orgWhere: only('ZS-01'), ...Y2025 }, instances(defs));
      const all = counting(t.database.db);
      const many = await registry.compute(all.ex, { orgWhere: sql`o.type = 'branch'`, ...Y2025 }, instances(defs));
      expect(one.count()).toBe(all.count());
      expect(all.count()).toBeLessThanOrEqual(budget);
      for (const [key, byOrg] of single) expect(many.get(key)!.get(org['ZS-01']!)).toEqual(byOrg.get(org['ZS-01']!));
      expect(new Set([...many.values()].flatMap((m) => [...m.keys()])).size).toBeGreaterThan(1);
    }
  });

  it('gives the same values and explanations without the records that counted (and the people they name), when none are asked for', async () => {
    const defs = registry.list().flatMap((d): MetricInstance[] =>
      d.key === 'meetings.periods'
        ? ['committee_meeting', 'group_meeting'].flatMap((type) => ['month', 'quarter'].map((period) => ({ key: d.key, params: { type, period } })))
        : d.key === 'meetings.count'
          ? [{ key: d.key, params: { type: 'committee_meeting' } }]
          : [{ key: d.key, params: {} }],
    );
    const q = { orgWhere: sql`o.type = 'branch'`, ...Y2025 };
    const listed = await registry.compute(t.database.db, q, defs);
    const bare = await registry.compute(t.database.db, { ...q, sources: false }, defs);
    expect([...bare.keys()].sort()).toEqual([...listed.keys()].sort());
    // The metrics whose records run to thousands in a large evaluation leave them out.
    const unlisted = new Set(['meetings.periods', 'meetings.count', 'meetings.group_coverage', 'meetings.first_topic_share', 'meetings.reviewed_share',
      'meetings.invalid_decisions', 'life_meeting.rectified', 'attendance.rate', 'class_hours.share_met', 'members.absent_3_months']);
    // The people an explanation names of the members short of hours or absent come with those members.
    const peopleListed = new Set(['class_hours.share_met', 'members.absent_3_months']);
    const withoutPeople = (d: MetricValue['detail']) => {
      const { missingPeople: _, ...rest } = d ?? {};
      return rest;
    };
    let withRecords = 0;
    let withPeople = 0;
    for (const [key, byOrg] of listed) {
      const metric = key.split('?')[0]!;
      expect([...bare.get(key)!.keys()].sort()).toEqual([...byOrg.keys()].sort());
      for (const [orgId, v] of byOrg) {
        const b = bare.get(key)!.get(orgId)!;
        if (peopleListed.has(metric)) {
          expect({ key, orgId, value: b.value, detail: withoutPeople(b.detail) }).toEqual({ key, orgId, value: v.value, detail: withoutPeople(v.detail) });
          expect(b.detail?.missingPeople).toBeUndefined();
          if (v.detail?.missingPeople?.length) withPeople++;
        } else {
          expect({ key, orgId, value: b.value, detail: b.detail }).toEqual({ key, orgId, value: v.value, detail: v.detail });
        }
        if (v.sourceIds?.length) withRecords++;
        if (unlisted.has(metric)) expect(b.sourceIds).toBeUndefined();
      }
    }
    expect(withPeople).toBeGreaterThan(0);
    // The dataset made above gives records to compare against.
    expect(withRecords).toBeGreaterThan(20);
  });

  it('reads the same values through parallel connections sharing one snapshot', async () => {
    const defs = registry.list().map((d): MetricInstance =>
      d.key === 'meetings.periods'
        ? { key: d.key, params: { type: 'committee_meeting', period: 'month' } }
        : d.key === 'meetings.count'
          ? { key: d.key, params: { type: 'theme_day' } }
          : { key: d.key, params: {} },
    );
    const q = { orgWhere: sql`o.type = 'branch'`, ...Y2025 };
    const serial = await registry.compute(t.database.db, q, defs);
    const parallel = await withParallelReads(t.database.db, (read) => registry.compute(read, q, defs));
    expect(parallel).toEqual(serial);

    // Two pieces of work at once: on a server they run on two connections that see one snapshot; the
    // embedded database has one connection and runs them in turn.
    const seen = await withParallelReads(t.database.db, (read) =>
      Promise.all(
        [0.2, 0].map((pause) =>
          read((ex) => one<{ pid: number; snap: string }>(ex, sql`SELECT pg_backend_pid() AS pid, pg_current_snapshot()::text AS snap, pg_sleep(${pause})`)),
        ),
      ),
    );
    expect(seen[0]!.snap).toBe(seen[1]!.snap);
    expect(new Set(seen.map((s) => s!.pid)).size).toBe(t.database.kind === 'postgres' ? 2 : 1);

    // A piece of work that throws before it reaches the database is reported to its caller, and the
    // connection goes on with the work waiting behind it.
    const outcomes = await withParallelReads(t.database.db, (read) =>
      Promise.allSettled([
        read(() => {
          throw new Error('at once');
        }),
        ...[1, 2, 3].map((n) => read((ex) => one<{ n: number }>(ex, sql`SELECT ${n}::int AS n`))),
      ]),
    );
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'fulfilled', 'fulfilled', 'fulfilled']);
    expect(outcomes.slice(1).map((o) => (o as PromiseFulfilledResult<{ n: number } | undefined>).value?.n)).toEqual([1, 2, 3]);
  });
});
