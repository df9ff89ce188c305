import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMetricRegistry } from '../src/metric-registry';
import { one, rows } from '../src/platform/db';
import { multipartFile } from './support/roster';
import { createTestApp, type Client, type TestApp } from './support/test-app';

// Members' points end to end on the demo tree: the committee puts the 先锋指数 rule set in force for
// this year, meetings award points once however often they are edited, a member claims with evidence,
// the branch reviews, the member appeals, the committee decides; caps, vetoes and who sees what.

let t: TestApp;
let admin: Client;
let secretary: Client;
let other: Client;
let member: Client;
let root: string;
let zs01: string;
let memberPerson: string;
let secretaryPerson: string;
const year = new Date().getFullYear();
let png: Buffer;

async function orgId(code: string): Promise<string> {
  return (await one<{ id: string }>(t.database.db, sql`SELECT id FROM org_node WHERE code = ${code}`))!.id;
}

async function meetingEntries(meetingId: string) {
  return rows<{ personId: string; itemCode: string; points: number; reversesId: string | null }>(
    t.database.db,
    sql`SELECT person_id AS "personId", item_code AS "itemCode", points::float8 AS points, reverses_id AS "reversesId"
        FROM point_entry WHERE source_type = 'meeting' AND source_id = ${meetingId} ORDER BY created_at, reverses_id NULLS FIRST`,
  );
}

/** A 党员大会 of ZS-01 held on `day`, everyone present except those `absent` says. */
async function generalMeeting(day: string, absent: (personId: string) => boolean = () => false) {
  const id = (await secretary.post('/api/v1/meetings', { orgNodeId: zs01, types: ['general_meeting'], title: `${day} 党员大会` })).json().id as string;
  expect((await secretary.post(`/api/v1/meetings/${id}/transition`, { action: 'hold', version: 1, heldOn: day })).statusCode).toBe(204);
  await attendance(id, absent);
  return id;
}

async function attendance(id: string, absent: (personId: string) => boolean) {
  const d = (await secretary.get(`/api/v1/meetings/${id}`)).json();
  const entries = (d.attendance as { personId: string }[]).map((a) => ({ personId: a.personId, status: absent(a.personId) ? 'absent' : 'present' }));
  expect((await secretary.put(`/api/v1/meetings/${id}/attendance`, { version: d.version, entries })).statusCode).toBe(204);
}

async function claim(client: Client, fields: Record<string, string>, files: Buffer[] = []) {
  const parts = files.length ? multipartFile(files[0]!, '心得.png', 'evidence', fields) : multipartFile(null, '', 'evidence', fields);
  return client.request({ method: 'POST', url: '/api/v1/points/claims', ...parts });
}

async function mine(client: Client, query = '') {
  const res = await client.get(`/api/v1/points/me?year=${year}${query}`);
  expect(res.statusCode).toBe(200);
  return res.json();
}

beforeAll(async () => {
  t = await createTestApp();
  [admin, secretary, other, member] = await Promise.all([t.login('admin'), t.login('secretary'), t.login('other'), t.login('member')]);
  root = (await one<{ id: string }>(t.database.db, sql`SELECT id FROM org_node WHERE parent_id IS NULL`))!.id;
  zs01 = await orgId('ZS-01');
  memberPerson = (await member.get('/api/v1/auth/me')).json().user.personId;
  secretaryPerson = (await secretary.get('/api/v1/auth/me')).json().user.personId;
  png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } }).png().toBuffer();
  const created = await admin.post('/api/v1/points/rule-sets', { scopeOrgId: root, year, templateKey: 'pioneer-index' });
  expect(created.statusCode).toBe(201);
  expect((await admin.post(`/api/v1/points/rule-sets/${created.json().id}/publish`, {})).statusCode).toBe(204);
});
afterAll(async () => t?.close());

describe('rule sets', () => {
  it('are versioned: a published one is frozen, a new version supersedes it', async () => {
    const list = (await admin.get(`/api/v1/points/rule-sets?year=${year}`)).json().items;
    const inForce = list.find((r: { status: string }) => r.status === 'published');
    expect(inForce).toMatchObject({ version: 1, code: 'pioneer-index' });
    const full = (await admin.get(`/api/v1/points/rule-sets/${inForce.id}`)).json();
    const frozen = await admin.put(`/api/v1/points/rule-sets/${inForce.id}`, { definition: { basePoints: 70, items: full.definition.items } });
    expect(frozen.json().code).toBe('POINTS_RULE_SET_FROZEN');
    // Secretaries read the rule set in force above them; members and other roles do not list them.
    expect((await secretary.get(`/api/v1/points/rule-sets?year=${year}`)).json().items.map((r: { id: string }) => r.id)).toContain(inForce.id);
    expect((await member.get('/api/v1/points/rule-sets')).statusCode).toBe(403);
  });

  it('refuses a rule set that does not hold together, naming the field', async () => {
    const res = await admin.post('/api/v1/points/rule-sets', {
      scopeOrgId: root,
      year: year + 1,
      definition: { basePoints: 80, items: [{ code: 'A', title: '自动加分', category: 'other', sign: 'positive', points: 1, awardedBy: 'automatic' }] },
    });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json().details)).toContain('source');
  });
});

describe('automatic points from meetings', () => {
  it('awards an attended meeting once, however often it is edited, and reverses what no longer holds', async () => {
    const id = await generalMeeting(`${year}-02-10`);
    const first = await meetingEntries(id);
    const forMember = first.filter((e) => e.personId === memberPerson);
    expect(forMember).toEqual([{ personId: memberPerson, itemCode: 'P1', points: 1, reversesId: null }]);

    // The same attendance saved again and the title edited: nothing new on the ledger.
    await attendance(id, () => false);
    const d = (await secretary.get(`/api/v1/meetings/${id}`)).json();
    expect((await secretary.patch(`/api/v1/meetings/${id}`, { version: d.version, title: '党员大会（更正标题）' })).statusCode).toBe(204);
    expect(await meetingEntries(id)).toEqual(first);

    // Marked absent: the member's entry is reversed; present again: booked again. Net one point.
    await attendance(id, (p) => p === memberPerson);
    await attendance(id, () => false);
    const after = (await meetingEntries(id)).filter((e) => e.personId === memberPerson);
    expect(after.map((e) => e.points)).toEqual([1, -1, 1]);
    expect(after.reduce((s, e) => s + e.points, 0)).toBe(1);

    const me = await mine(member);
    const line = me.entries.find((e: { sourceId: string; reversesId: string | null; reversedBy: string | null }) => e.sourceId === id && !e.reversesId && !e.reversedBy);
    expect(line).toMatchObject({ itemCode: 'P1', points: 1, counted: 1, origin: 'automatic', status: 'approved' });
    expect(me.balance.total).toBe(81);
  });
});

describe('claims, review and appeal', () => {
  it('needs evidence where the item says so, then waits for review without counting', async () => {
    const malformed = await claim(member, { ruleCode: 'P3', occurredOn: '3月1日', units: '-2' }, [png]);
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(malformed.json().details)).toContain('occurredOn');
    expect((await claim(member, { ruleCode: 'P3', occurredOn: `${year}-03-01` }, [Buffer.from('not a picture')])).json().code).toBe('ATTACHMENT_TYPE_INVALID');
    const bare = await claim(member, { ruleCode: 'P3', occurredOn: `${year}-03-01`, units: '1' });
    expect(bare.statusCode).toBe(422);
    expect(bare.json().code).toBe('POINTS_EVIDENCE_REQUIRED');
    expect((await claim(member, { ruleCode: 'P1', occurredOn: `${year}-03-01` }, [png])).json().code).toBe('POINTS_ITEM_NOT_CLAIMABLE');
    expect((await claim(member, { ruleCode: 'P3', occurredOn: `${year + 1}-03-01` }, [png])).json().code).toBe('POINTS_NO_RULE_SET');

    const ok = await claim(member, { ruleCode: 'P3', occurredOn: `${year}-03-01`, note: '兑现承诺：带教新员工' }, [png]);
    expect(ok.statusCode).toBe(201);
    const me = await mine(member);
    expect(me.balance.total).toBe(81);
    expect(me.balance.lines.map((l: { zh: string }) => l.zh).join('\n')).toContain('待审核');
    const entry = me.entries.find((e: { id: string }) => e.id === ok.json().id);
    expect(entry).toMatchObject({ status: 'claimed', counted: 0, files: [{ fileName: '心得.png', mime: 'image/png', hasThumb: true }] });
    // The evidence opens for the member and their branch, not for another branch.
    const url = `/api/v1/points/entries/${entry.id}/files/${entry.files[0].id}`;
    const own = await member.get(url);
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('image/png');
    expect((await secretary.get(`${url}?thumb=true`)).headers['content-type']).toBe('image/jpeg');
    expect((await other.get(url)).statusCode).toBe(404);
  });

  it('goes through the branch and, when rejected, through an appeal decided by the committee', async () => {
    const id = (await claim(member, { ruleCode: 'P3', occurredOn: `${year}-04-02`, note: '承诺事项二' }, [png])).json().id as string;
    const queue = (await secretary.get('/api/v1/points/claims')).json().items;
    expect(queue.map((c: { id: string }) => c.id)).toContain(id);
    expect(queue.find((c: { id: string }) => c.id === id)).toMatchObject({ itemTitle: '践行承诺事项', files: [{ fileName: '心得.png' }] });
    // Another branch's secretary neither sees nor reviews it; rejecting needs a reason.
    expect((await other.get('/api/v1/points/claims')).json().items.map((c: { id: string }) => c.id)).not.toContain(id);
    expect((await other.post(`/api/v1/points/entries/${id}/review`, { decision: 'approve' })).statusCode).toBe(404);
    expect((await secretary.post(`/api/v1/points/entries/${id}/review`, { decision: 'reject' })).statusCode).toBe(400);
    expect((await secretary.post(`/api/v1/points/entries/${id}/review`, { decision: 'reject', reason: '佐证材料与承诺事项不符' })).statusCode).toBe(204);
    expect((await secretary.post(`/api/v1/points/entries/${id}/review`, { decision: 'approve' })).json().code).toBe('POINTS_ENTRY_STATE_INVALID');

    expect((await member.get(`/api/v1/points/me?year=${year}&quarter=2`)).json().entries.find((e: { id: string }) => e.id === id)).toMatchObject({
      status: 'rejected',
      reviewReason: '佐证材料与承诺事项不符',
    });
    const appeal = await member.post(`/api/v1/points/entries/${id}/appeal`, { reason: '已补充带教记录，请复核' });
    expect(appeal.statusCode).toBe(201);
    expect((await member.post(`/api/v1/points/entries/${id}/appeal`, { reason: '再次申诉' })).json().code).toBe('POINTS_APPEAL_OPEN');
    // The branch that rejected it does not decide the appeal; the committee does.
    expect((await secretary.get('/api/v1/points/appeals')).statusCode).toBe(403);
    const open = (await admin.get('/api/v1/points/appeals')).json().items;
    expect(open.find((a: { id: string }) => a.id === appeal.json().id)).toMatchObject({ itemTitle: '践行承诺事项', reason: '已补充带教记录，请复核' });
    expect((await admin.post(`/api/v1/points/appeals/${appeal.json().id}/decision`, { decision: 'uphold', reason: '带教记录属实' })).statusCode).toBe(204);
    expect((await admin.post(`/api/v1/points/appeals/${appeal.json().id}/decision`, { decision: 'dismiss', reason: 'x' })).json().code).toBe('POINTS_APPEAL_STATE_INVALID');

    const q2 = await mine(member, '&quarter=2');
    expect(q2.entries.find((e: { id: string }) => e.id === id)).toMatchObject({ status: 'approved', counted: 2 });
    expect(q2.appeals[0]).toMatchObject({ status: 'upheld', decisionReason: '带教记录属实' });
    const audit = await rows<{ action: string }>(t.database.db, sql`SELECT action FROM audit_event WHERE entity_id IN (${id}, ${appeal.json().id}) ORDER BY seq`);
    expect(audit.map((a) => a.action)).toEqual(['point_entry.claim', 'point_entry.reject', 'point_appeal.file', 'point_appeal.uphold']);
  });

  it('caps an item per quarter and says why an entry counts less', async () => {
    const ids: string[] = [];
    for (const day of ['05', '06', '07']) {
      const id = (await claim(member, { ruleCode: 'P3', occurredOn: `${year}-07-${day}`, note: `承诺 ${day}` }, [png])).json().id as string;
      expect((await secretary.post(`/api/v1/points/entries/${id}/review`, { decision: 'approve' })).statusCode).toBe(204);
      ids.push(id);
    }
    const q3 = await mine(member, '&quarter=3');
    const counted = ids.map((id) => q3.entries.find((e: { id: string }) => e.id === id));
    expect(counted.map((e: { counted: number }) => e.counted)).toEqual([2, 2, 0]);
    expect(counted[2].explanation.zh).toContain('上限');
  });

  it('lets nobody review their own points, and corrects a branch record by a reversing entry', async () => {
    const self = await secretary.post('/api/v1/points/entries', { personId: secretaryPerson, ruleCode: 'P9', occurredOn: `${year}-05-01`, note: '自评' });
    expect(self.json().code).toBe('POINTS_OWN_ENTRY');
    const noReason = await secretary.post('/api/v1/points/entries', { personId: memberPerson, ruleCode: 'M3', occurredOn: `${year}-05-02` });
    expect(noReason.statusCode).toBe(400);
    const deduction = await secretary.post('/api/v1/points/entries', { personId: memberPerson, ruleCode: 'M3', occurredOn: `${year}-05-02`, note: '未按期完成宣传稿' });
    expect(deduction.statusCode).toBe(201);
    const before = (await mine(member, '&quarter=2')).balance;
    expect(before.negative).toBe(3);
    const reversal = await secretary.post(`/api/v1/points/entries/${deduction.json().id}/reverse`, { reason: '任务已于期限内完成，系误记' });
    expect(reversal.statusCode).toBe(201);
    expect((await secretary.post(`/api/v1/points/entries/${deduction.json().id}/reverse`, { reason: '再次' })).json().code).toBe('POINTS_ENTRY_STATE_INVALID');
    const after = (await mine(member, '&quarter=2')).balance;
    expect(after.negative).toBe(0);
    expect(after.total).toBe(before.total + 3);
    // Entries made from records are corrected by correcting the record.
    const auto = await one<{ id: string }>(t.database.db, sql`SELECT id FROM point_entry WHERE origin = 'automatic' AND person_id = ${memberPerson} AND reverses_id IS NULL LIMIT 1`);
    expect((await secretary.post(`/api/v1/points/entries/${auto!.id}/reverse`, { reason: 'x' })).json().code).toBe('POINTS_ENTRY_STATE_INVALID');
  });
});

describe('who sees what', () => {
  it('shows a member only their own points and no ranking; branches see their members; committees see branch figures', async () => {
    expect((await member.get(`/api/v1/points/people/${secretaryPerson}?year=${year}`)).statusCode).toBe(403);
    expect((await member.get(`/api/v1/points/balances?orgId=${zs01}&year=${year}`)).statusCode).toBe(403);
    expect((await member.get(`/api/v1/points/aggregates?orgId=${root}&year=${year}`)).statusCode).toBe(403);
    expect((await other.get(`/api/v1/points/people/${memberPerson}?year=${year}`)).statusCode).toBe(404);
    expect((await other.get(`/api/v1/points/balances?orgId=${zs01}&year=${year}`)).statusCode).toBe(403);

    const list = (await secretary.get(`/api/v1/points/balances?orgId=${zs01}&year=${year}`)).json();
    const names = list.items.map((i: { name: string }) => i.name);
    expect(names).toEqual([...names].sort());
    const row = list.items.find((i: { personId: string }) => i.personId === memberPerson);
    expect(row.total).toBe((await mine(member)).balance.total);
    expect(Object.keys(row).sort()).toEqual(['name', 'negative', 'orgName', 'partyStatus', 'pending', 'personId', 'positive', 'total', 'vetoed']);
    expect((await secretary.get(`/api/v1/points/people/${memberPerson}?year=${year}`)).json().balance.total).toBe(row.total);

    const agg = (await admin.get(`/api/v1/points/aggregates?orgId=${root}&year=${year}`)).json().items;
    const branch = agg.find((a: { orgId: string }) => a.orgId === zs01);
    expect(branch.members).toBeGreaterThan(0);
    expect(Object.keys(branch).sort()).toEqual(['average', 'members', 'orgId', 'orgName', 'pending', 'vetoed']);
  });
});

describe('who may do what with points', () => {
  const ACTORS = ['anonymous', 'member', 'other', 'secretary', 'admin', 'sysadmin', 'secadmin', 'auditor'] as const;
  type ActorName = (typeof ACTORS)[number];
  const clients = {} as Record<ActorName, Client>;
  beforeAll(async () => {
    for (const a of ACTORS) clients[a] = a === 'anonymous' ? t.anonymous() : await t.login(a);
  });

  const cases: { name: string; call: (c: Client) => Promise<{ statusCode: number }>; expect: Record<ActorName, number> }[] = [
    {
      name: 'read one’s own points',
      call: (c) => c.get(`/api/v1/points/me?year=${year}`),
      expect: { anonymous: 401, member: 200, other: 200, secretary: 200, admin: 200, sysadmin: 403, secadmin: 403, auditor: 403 },
    },
    {
      name: 'read a member’s points in ZS-01',
      call: (c) => c.get(`/api/v1/points/people/${memberPerson}?year=${year}`),
      expect: { anonymous: 401, member: 403, other: 404, secretary: 200, admin: 200, sysadmin: 403, secadmin: 403, auditor: 403 },
    },
    {
      name: 'list ZS-01’s balances',
      call: (c) => c.get(`/api/v1/points/balances?orgId=${zs01}&year=${year}`),
      expect: { anonymous: 401, member: 403, other: 403, secretary: 200, admin: 200, sysadmin: 403, secadmin: 403, auditor: 403 },
    },
    {
      name: 'list claims to review',
      call: (c) => c.get('/api/v1/points/claims'),
      expect: { anonymous: 401, member: 403, other: 200, secretary: 200, admin: 200, sysadmin: 403, secadmin: 403, auditor: 403 },
    },
    {
      name: 'record a deduction for a ZS-01 member',
      call: (c) => c.post('/api/v1/points/entries', { personId: memberPerson, ruleCode: 'M3', occurredOn: `${year}-01-15`, note: '矩阵测试' }),
      expect: { anonymous: 401, member: 403, other: 404, secretary: 201, admin: 201, sysadmin: 403, secadmin: 403, auditor: 403 },
    },
    {
      name: 'list appeals to decide',
      call: (c) => c.get('/api/v1/points/appeals'),
      expect: { anonymous: 401, member: 403, other: 403, secretary: 403, admin: 200, sysadmin: 403, secadmin: 403, auditor: 403 },
    },
    {
      name: 'read branch-level figures',
      call: (c) => c.get(`/api/v1/points/aggregates?orgId=${root}&year=${year}`),
      expect: { anonymous: 401, member: 403, other: 403, secretary: 403, admin: 200, sysadmin: 403, secadmin: 403, auditor: 403 },
    },
    {
      name: 'make a rule set',
      call: (c) => c.post('/api/v1/points/rule-sets', { scopeOrgId: root, year: year + 2, templateKey: 'base-sixty' }),
      expect: { anonymous: 401, member: 403, other: 403, secretary: 403, admin: 201, sysadmin: 403, secadmin: 403, auditor: 403 },
    },
  ];

  describe.each(cases)('$name', ({ call, expect: expected }) => {
    it.each(ACTORS)('as %s', async (actor) => {
      expect((await call(clients[actor])).statusCode).toBe(expected[actor]);
    });
  });
});

describe('veto', () => {
  it('sets the year to zero and hands 不合格 to 民主评议', async () => {
    const created = await admin.post('/api/v1/points/rule-sets', { scopeOrgId: zs01, year, templateKey: 'negative-list' });
    expect((await admin.post(`/api/v1/points/rule-sets/${created.json().id}/publish`, {})).statusCode).toBe(204);
    const full = (await admin.get(`/api/v1/points/rule-sets/${created.json().id}`)).json();
    const veto = full.definition.items.find((i: { veto: boolean }) => i.veto);
    // The branch's 民主评议 of the year is open: the veto reaches it.
    const round = await secretary.post('/api/v1/appraisals', { orgNodeId: zs01, year });
    expect(round.statusCode).toBe(201);
    const res = await secretary.post('/api/v1/points/entries', { personId: memberPerson, ruleCode: veto.code, occurredOn: `${year}-06-01`, note: '经纪委通报' });
    expect(res.statusCode).toBe(201);
    const appraisal = await one<{ grade: string; source: string; reason: string }>(
      t.database.db,
      sql`SELECT org_grade AS grade, veto_source AS source, veto_reason AS reason FROM appraisal_entry WHERE round_id = ${round.json().id} AND person_id = ${memberPerson}`,
    );
    expect(appraisal).toEqual({ grade: 'unqualified', source: `points:${res.json().id}`, reason: `${veto.title}：经纪委通报` });
    const me = await mine(member);
    expect(me.ruleSet.name).toBe(full.name);
    expect(me.balance).toMatchObject({ total: 0, vetoed: true });
    expect(me.appraisal).toMatchObject({ vetoed: true, forcedGrade: 'unqualified' });
  });

  it('offers ratings the branch’s average, its vetoed members and the claims waiting, from the stored balances', async () => {
    const registry = buildMetricRegistry();
    const keys = ['points.average', 'points.vetoed', 'points.pending_claims'];
    const values = await registry.compute(t.database.db, { orgWhere: sql`o.id = ${zs01}`, from: `${year}-01-01`, to: `${year + 1}-01-01` }, keys.map((key) => ({ key, params: {} })));
    const listed = (await secretary.get(`/api/v1/points/balances?orgId=${zs01}&year=${year}&pageSize=200`)).json().items as { personId: string; total: number }[];
    const mean = listed.reduce((sum, r) => sum + r.total, 0) / listed.length;
    expect(values.get('points.average')!.get(zs01)).toEqual({ value: Math.round(mean * 100) / 100, detail: { total: listed.length } });
    expect(listed.find((r) => r.personId === memberPerson)!.total).toBe(0);
    expect(values.get('points.vetoed')!.get(zs01)).toEqual({ value: 1, sourceIds: [memberPerson] });
    expect(values.get('points.pending_claims')!.get(zs01)?.value ?? 0).toBe(0);
  });
});

describe('民主评议 inputs', () => {
  async function appraisalEntry(orgId: string, personId: string, client: Client) {
    const res = await client.get(`/api/v1/appraisals?orgId=${orgId}&year=${year}`);
    expect(res.statusCode).toBe(200);
    return (res.json().entries as { personId: string; orgGrade: string | null; vetoSource: string | null; inputs: { title: { zh: string }; text: { zh: string }; veto: boolean; suggestion: string | null }[] }[]).find(
      (e) => e.personId === personId,
    )!;
  }

  it('shows the committee the points input with the veto, and lifts the veto when the branch reverses it', async () => {
    const before = await appraisalEntry(zs01, memberPerson, secretary);
    expect(before.orgGrade).toBe('unqualified');
    expect(before.inputs).toEqual([
      expect.objectContaining({ title: expect.objectContaining({ zh: '党员积分' }), veto: true, suggestion: 'unqualified', text: expect.objectContaining({ zh: expect.stringContaining('一票否决') }) }),
    ]);
    // A member reads their own inputs, nobody else's.
    const own = (await member.get(`/api/v1/appraisals?orgId=${zs01}&year=${year}`)).json().entries;
    expect(own.map((e: { personId: string }) => e.personId)).toEqual([memberPerson]);

    const vetoEntry = before.vetoSource!.replace('points:', '');
    expect((await secretary.post(`/api/v1/points/entries/${vetoEntry}/reverse`, { reason: '通报对象有误' })).statusCode).toBe(201);
    const after = await appraisalEntry(zs01, memberPerson, secretary);
    expect(after).toMatchObject({ orgGrade: null, vetoSource: null });
    expect(after.inputs[0]).toMatchObject({ veto: false, suggestion: null });
    expect(after.inputs[0]!.text.zh).toMatch(/^年度积分 .* 分，供民主评议参考$/);
    const audit = await rows<{ action: string }>(t.database.db, sql`SELECT action FROM audit_event WHERE action = 'appraisal.veto_lift'`);
    expect(audit).toHaveLength(1);
  });

  it('applies a veto recorded before the round opened, and lifts it when the committee upholds the appeal', async () => {
    const jb01 = await orgId('JB-01');
    // The secretary of JB-01 is also a member there; the committee records the veto against them.
    const target = (await other.get('/api/v1/auth/me')).json().user.personId as string;
    const created = await admin.post('/api/v1/points/rule-sets', { scopeOrgId: jb01, year, templateKey: 'negative-list' });
    expect((await admin.post(`/api/v1/points/rule-sets/${created.json().id}/publish`, {})).statusCode).toBe(204);
    const veto = (await admin.get(`/api/v1/points/rule-sets/${created.json().id}`)).json().definition.items.find((i: { veto: boolean }) => i.veto);
    const recorded = await admin.post('/api/v1/points/entries', { personId: target, ruleCode: veto.code, occurredOn: `${year}-03-02`, note: '违反廉洁纪律' });
    expect(recorded.statusCode).toBe(201);

    expect((await other.post('/api/v1/appraisals', { orgNodeId: jb01, year })).statusCode).toBe(201);
    const opened = await appraisalEntry(jb01, target, other);
    expect(opened).toMatchObject({ orgGrade: 'unqualified', vetoSource: `points:${recorded.json().id}` });
    const decide = await other.put(`/api/v1/appraisals/${(await other.get(`/api/v1/appraisals?orgId=${jb01}&year=${year}`)).json().id}/grades`, {
      grades: [{ personId: target, grade: 'qualified' }],
    });
    expect(decide.json().code).toBe('APPRAISAL_VETOED');

    const appeal = await other.post(`/api/v1/points/entries/${recorded.json().id}/appeal`, { reason: '事实认定有误' });
    expect(appeal.statusCode).toBe(201);
    expect((await admin.post(`/api/v1/points/appeals/${appeal.json().id}/decision`, { decision: 'uphold', reason: '经复核不属实' })).statusCode).toBe(204);
    expect(await appraisalEntry(jb01, target, other)).toMatchObject({ orgGrade: null, vetoSource: null });
  });
});

describe('ranking of individuals', () => {
  it('is off by default: the branch list is in name order and ordering by points is refused', async () => {
    const res = await secretary.get(`/api/v1/points/balances?orgId=${zs01}&year=${year}&order=points`);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('POINTS_RANKING_OFF');
    expect((await secretary.get(`/api/v1/points/balances?orgId=${zs01}&year=${year}`)).json().rankingAllowed).toBe(false);
    const bad = await secretary.get(`/api/v1/points/balances?orgId=${zs01}&year=${year}&order=rank`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('VALIDATION_FAILED');
  });

  it('when the committee turns it on, orders branch administrators’ lists by points, and members still see none', async () => {
    const last = year - 1;
    const created = await admin.post('/api/v1/points/rule-sets', { scopeOrgId: root, year: last, templateKey: 'base-sixty' });
    const id = created.json().id as string;
    const definition = (await admin.get(`/api/v1/points/rule-sets/${id}`)).json().definition;
    expect(definition.rankingForAdministrators).toBe(false);
    expect((await admin.put(`/api/v1/points/rule-sets/${id}`, { definition: { ...definition, rankingForAdministrators: true } })).statusCode).toBe(204);
    expect((await admin.post(`/api/v1/points/rule-sets/${id}/publish`, {})).statusCode).toBe(204);
    const people = (await secretary.get(`/api/v1/points/balances?orgId=${zs01}&year=${last}&pageSize=200`)).json().items as { personId: string }[];
    // The branch awards the second member in name order: ordered by points, they come first.
    const second = people[1]!;
    const award = (await admin.get(`/api/v1/points/rule-sets/${id}`)).json().definition.items.find(
      (i: { awardedBy: string; sign: string; veto: boolean }) => i.awardedBy === 'branch' && i.sign === 'positive' && !i.veto,
    );
    expect((await secretary.post('/api/v1/points/entries', { personId: second.personId, ruleCode: award.code, occurredOn: `${last}-06-05`, units: 1, note: '攻关' })).statusCode).toBe(201);
    const ordered = (await secretary.get(`/api/v1/points/balances?orgId=${zs01}&year=${last}&order=points&pageSize=200`)).json();
    expect(ordered.rankingAllowed).toBe(true);
    expect(ordered.items[0].personId).toBe(second.personId);
    const totals = ordered.items.map((r: { total: number }) => r.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    // Members read their own points only: no list, ordered or not.
    expect((await member.get(`/api/v1/points/balances?orgId=${zs01}&year=${last}&order=points`)).statusCode).toBe(403);
    const own = await member.get(`/api/v1/points/me?year=${last}`);
    expect(own.statusCode).toBe(200);
    expect(JSON.stringify(own.json())).not.toMatch(/rank/i);
  });
});

describe('a rule set published in a year under way', () => {
  it('scores the meetings already held that year, once, and leaves meetings already scored alone', async () => {
    const past = year - 2;
    const meetingId = await generalMeeting(`${past}-05-10`);
    expect(await meetingEntries(meetingId)).toEqual([]);
    const created = await admin.post('/api/v1/points/rule-sets', { scopeOrgId: root, year: past, templateKey: 'pioneer-index' });
    expect((await admin.post(`/api/v1/points/rule-sets/${created.json().id}/publish`, {})).statusCode).toBe(204);
    await t.jobs.drain();
    const scored = await meetingEntries(meetingId);
    expect(scored.length).toBeGreaterThan(0);
    expect(new Set(scored.map((e) => e.personId)).has(memberPerson)).toBe(true);
    const job = await one<{ state: string; result: { meetings: number } }>(
      t.database.db,
      sql`SELECT state, result FROM job WHERE kind = 'points.score-past-meetings' ORDER BY created_at DESC LIMIT 1`,
    );
    expect(job).toEqual({ state: 'succeeded', result: { meetings: 1 } });

    // A new version of the year's rule set: the meeting keeps its entries, nothing is booked twice.
    const again = await admin.post('/api/v1/points/rule-sets', { scopeOrgId: root, year: past, templateKey: 'pioneer-index' });
    expect((await admin.post(`/api/v1/points/rule-sets/${again.json().id}/publish`, {})).statusCode).toBe(204);
    await t.jobs.drain();
    expect(await meetingEntries(meetingId)).toEqual(scored);
  });
});

describe('a member who moves', () => {
  it('takes the year’s points to the new branch in the committee’s branch figures', async () => {
    const jb01 = await orgId('JB-01');
    const totals = async () =>
      new Map(((await admin.get(`/api/v1/points/aggregates?orgId=${root}&year=${year}`)).json().items as { orgId: string; members: number }[]).map((b) => [b.orgId, b.members]));
    // A ZS-01 member with points of their own this year (attended meetings), not the demo accounts' people.
    const mover = (await one<{ personId: string }>(
      t.database.db,
      sql`SELECT b.person_id AS "personId" FROM point_balance b JOIN person p ON p.id = b.person_id
          WHERE b.org_node_id = ${zs01} AND b.period = 'Y' AND p.party_status = 'full' AND b.person_id NOT IN (${memberPerson}, ${secretaryPerson})
          ORDER BY p.name LIMIT 1`,
    ))!.personId;
    const before = await totals();
    const person = (await admin.get(`/api/v1/people/${mover}`)).json();
    const moved = await admin.post(`/api/v1/people/${mover}/transfer`, { orgNodeId: jb01, effectiveOn: `${year}-01-02`, version: person.version });
    expect(moved.statusCode).toBe(204);
    const balances = await rows<{ orgNodeId: string }>(t.database.db, sql`SELECT DISTINCT org_node_id AS "orgNodeId" FROM point_balance WHERE person_id = ${mover}`);
    expect(balances).toEqual([{ orgNodeId: jb01 }]);
    const after = await totals();
    expect(after.get(zs01)).toBe(before.get(zs01)! - 1);
    expect(after.get(jb01)).toBe(before.get(jb01)! + 1);
  });
});
