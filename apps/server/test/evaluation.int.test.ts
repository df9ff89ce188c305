import { createHash } from 'node:crypto';
import { ERRORS, permissionsOf, RATING_TOKEN_ERRORS } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVALUATION_METRICS, evaluationFamily } from '../src/modules/evaluation/index';
import { one, rows } from '../src/platform/db';
import { MetricRegistry } from '../src/platform/metrics';
import { createTestApp, type Client, type TestApp } from './support/test-app';

// 岗位量化评价 end to end on the demo tree: 制丝车间第一党支部 opens a round with the 4 × 24 template, members
// rate themselves and a sample of colleagues, the committee rates as the branch, staff rate once each
// through anonymous links, the branch enters values and a veto, then closes and publishes; results are
// frozen and the members see them in name order.

let t: TestApp;
let admin: Client;
let secretary: Client;
let other: Client;
let member: Client;
let staff: Client;
let zs01: string;
let jb01: string;
let memberPerson: string;
let secretaryPerson: string;
let roundId: string;
let links: string[] = [];
const year = new Date().getFullYear();

type Form = { group: string; indicators: { code: string; maxScore: number }[] };
type Sheet = {
  rateeId: string;
  rateeName: string;
  group: string;
  scores: Record<string, number> | null;
  submittedAt: string | null;
};

async function orgId(code: string): Promise<string> {
  return (await one<{ id: string }>(t.database.db, sql`SELECT id FROM org_node WHERE code = ${code}`))!.id;
}

/** Full marks on every indicator of a form, or `score` on each. */
function fill(form: Form, score?: number): Record<string, number> {
  return Object.fromEntries(form.indicators.map((i) => [i.code, score ?? i.maxScore]));
}

const sortedCopy = (names: string[]) => [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

beforeAll(async () => {
  t = await createTestApp();
  [admin, secretary, other, member] = await Promise.all([
    t.login('admin'),
    t.login('secretary'),
    t.login('other'),
    t.login('member'),
  ]);
  staff = t.anonymous();
  zs01 = await orgId('ZS-01');
  jb01 = await orgId('JB-01');
  memberPerson = (await member.get('/api/v1/auth/me')).json().user.personId;
  secretaryPerson = (await secretary.get('/api/v1/auth/me')).json().user.personId;
});
afterAll(async () => t?.close());

describe('set-up', () => {
  it('registers the rating-link errors as the rules define them, and gives evaluation to the business roles only', () => {
    for (const [code, e] of Object.entries(RATING_TOKEN_ERRORS)) {
      expect(ERRORS[code as keyof typeof ERRORS]).toEqual(e);
    }
    expect(permissionsOf(['secretary'])).toEqual(
      expect.arrayContaining(['evaluation:manage', 'evaluation:rate']),
    );
    expect(permissionsOf(['committee_admin'])).toEqual(
      expect.arrayContaining(['evaluation:manage', 'evaluation:rate']),
    );
    expect(permissionsOf(['member']).filter((p) => p.startsWith('evaluation:'))).toEqual(['evaluation:rate']);
    for (const role of ['inspector', 'sysadmin', 'secadmin', 'auditor'] as const) {
      expect(permissionsOf([role]).filter((p) => p.startsWith('evaluation:'))).toEqual([]);
    }
  });

  it('offers the 4 × 24 template by default and copies it into the round', async () => {
    const templates = (await secretary.get('/api/v1/evaluation/templates')).json();
    expect(templates.defaultKey).toBe('post-duty-24');
    expect(templates.items.find((i: { key: string }) => i.key === 'post-duty-24')).toMatchObject({
      categories: 4,
      indicators: 24,
    });

    const created = await secretary.post('/api/v1/evaluation/rounds', { orgId: zs01, year, peerSample: 3 });
    expect(created.statusCode).toBe(201);
    roundId = created.json().id;
    const round = (await secretary.get(`/api/v1/evaluation/rounds/${roundId}`)).json();
    expect(round).toMatchObject({
      templateKey: 'post-duty-24',
      status: 'draft',
      year,
      quarter: null,
      peerSample: 3,
      orgName: '制丝车间第一党支部',
    });
    expect(round.title).toContain('我的岗位我尽责');
    expect(round.template.categories).toHaveLength(4);
    expect(round.template.categories.map((c: { indicators: unknown[] }) => c.indicators.length)).toEqual([
      6, 6, 6, 6,
    ]);
    // Study hours come from organisational life's class_hours facts; the other automatic indicators have
    // no per-member metric yet and say so rather than inventing a value.
    const available = round.metrics.filter((m: { available: boolean }) => m.available).map((m: { key: string }) => m.key);
    expect(available).toEqual(['member.class_hours']);
    expect(round.metrics.length).toBeGreaterThan(1);
  });

  it('allows one round per branch and period, only in the actor’s scope, only for a branch', async () => {
    const again = await admin.post('/api/v1/evaluation/rounds', { orgId: zs01, year });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('EVALUATION_ROUND_EXISTS');
    expect(
      (await other.post('/api/v1/evaluation/rounds', { orgId: zs01, year, quarter: 1 })).json().code,
    ).toBe('OUT_OF_SCOPE');
    const root = (await one<{ id: string }>(
      t.database.db,
      sql`SELECT id FROM org_node WHERE parent_id IS NULL`,
    ))!.id;
    expect((await admin.post('/api/v1/evaluation/rounds', { orgId: root, year })).json().code).toBe(
      'EVALUATION_NOT_A_BRANCH',
    );
    expect(
      (await admin.post('/api/v1/evaluation/rounds', { orgId: zs01, year, templateKey: 'nope' })).json().code,
    ).toBe('EVALUATION_TEMPLATE_UNKNOWN');
    // Nothing to rate before it opens.
    expect((await member.get(`/api/v1/evaluation/rounds/${roundId}/my-sheets`)).statusCode).toBe(404);
  });
});

describe('a full round', () => {
  let ratees: { id: string; name: string }[];
  let staffForm: Form;

  it('opens: assigns raters and issues one-time staff links whose hash alone is stored', async () => {
    const res = await secretary.post(`/api/v1/evaluation/rounds/${roundId}/open`, { staffLinks: 4 });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.ratees).toBeGreaterThan(20);
    expect(body.staffLinks).toHaveLength(4);
    links = body.staffLinks.map((l: { token: string }) => l.token);
    for (const l of body.staffLinks) {
      expect(l.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(l.path).toBe(`/rate/${l.token}`);
    }
    const stored = await rows<Record<string, unknown>>(
      t.database.db,
      sql`SELECT * FROM evaluation_staff_token WHERE round_id = ${roundId}`,
    );
    expect(stored.map((r) => r.token_hash).sort()).toEqual(
      links.map((l) => createHash('sha256').update(l).digest('hex')).sort(),
    );
    expect(JSON.stringify(stored)).not.toContain(links[0]);
    expect(Object.keys(stored[0]!).sort()).toEqual([
      'created_at',
      'expires_at',
      'id',
      'revoked_at',
      'round_id',
      'token_hash',
      'used_at',
    ]);

    const round = (await secretary.get(`/api/v1/evaluation/rounds/${roundId}`)).json();
    expect(round.status).toBe('open');
    expect(round.ratees.total).toBe(body.ratees);
    expect(round.ratees.probationary).toBe(2);
    expect(round.progress.find((p: { group: string }) => p.group === 'staff')).toEqual({
      group: 'staff',
      assigned: 4,
      submitted: 0,
      revoked: 0,
    });
    // A peer sample of 3: everyone rates three colleagues, is rated by three, and rates themselves.
    expect(round.progress.find((p: { group: string }) => p.group === 'peer').assigned).toBe(body.ratees * 3);
    expect(round.progress.find((p: { group: string }) => p.group === 'self').assigned).toBe(body.ratees);
    expect(
      (await secretary.post(`/api/v1/evaluation/rounds/${roundId}/open`, { staffLinks: 1 })).json().code,
    ).toBe('EVALUATION_ROUND_STATE_INVALID');
  });

  it('gives a member their self and peer sheets with the indicators each group rates, and takes their scores', async () => {
    const mine = (await member.get(`/api/v1/evaluation/rounds/${roundId}/my-sheets`)).json();
    expect(mine.round).toMatchObject({ status: 'open', orgName: '制丝车间第一党支部' });
    expect(mine.editable).toBe(true);
    expect(mine.forms.map((f: Form) => f.group)).toEqual(['self', 'peer']);
    const selfForm = mine.forms[0] as Form;
    const peerForm = mine.forms[1] as Form;
    // A2 is rated by self, peers and the branch; A6 (safety, a veto item) by every group; manual and automatic ones by none.
    expect(selfForm.indicators.map((i) => i.code)).toContain('A2');
    expect(selfForm.indicators.map((i) => i.code)).not.toContain('A1');
    expect(peerForm.indicators.map((i) => i.code)).toContain('A6');
    const sheets = mine.sheets as Sheet[];
    expect(sheets.filter((s) => s.group === 'self')).toEqual([
      expect.objectContaining({ rateeId: memberPerson, scores: null }),
    ]);
    expect(sheets.filter((s) => s.group === 'peer')).toHaveLength(3);

    const peers = sheets.filter((s) => s.group === 'peer');
    const submit = await member.put(`/api/v1/evaluation/rounds/${roundId}/my-sheets`, {
      sheets: [
        { rateeId: memberPerson, group: 'self', scores: fill(selfForm) },
        ...peers.map((p) => ({ rateeId: p.rateeId, group: 'peer', scores: fill(peerForm, 3) })),
      ],
    });
    expect(submit.statusCode).toBe(200);
    expect(submit.json()).toEqual({ submitted: 4 });

    // Changed while the round is open: the last version counts, the first submission time stays.
    const first = (await member.get(`/api/v1/evaluation/rounds/${roundId}/my-sheets`))
      .json()
      .sheets.find((s: Sheet) => s.rateeId === peers[0]!.rateeId);
    const change = await member.put(`/api/v1/evaluation/rounds/${roundId}/my-sheets`, {
      sheets: [{ rateeId: peers[0]!.rateeId, group: 'peer', scores: fill(peerForm, 2) }],
    });
    expect(change.statusCode).toBe(200);
    const after = (await member.get(`/api/v1/evaluation/rounds/${roundId}/my-sheets`))
      .json()
      .sheets.find((s: Sheet) => s.rateeId === peers[0]!.rateeId);
    expect(after.scores.A2).toBe(2);
    expect(after.submittedAt).toBe(first.submittedAt);

    const notMine = await member.put(`/api/v1/evaluation/rounds/${roundId}/my-sheets`, {
      sheets: [{ rateeId: secretaryPerson, group: 'branch', scores: {} }],
    });
    expect(notMine.statusCode).toBe(403);
    expect(notMine.json().code).toBe('EVALUATION_NOT_ASSIGNED');
    const tooHigh = await member.put(`/api/v1/evaluation/rounds/${roundId}/my-sheets`, {
      sheets: [{ rateeId: memberPerson, group: 'self', scores: { A2: 9, A1: 1 } }],
    });
    expect(tooHigh.statusCode).toBe(422);
    expect(tooHigh.json().code).toBe('EVALUATION_SHEET_INVALID');
    expect(
      tooHigh
        .json()
        .details.issues.map((i: { code: string; problem: string }) => `${i.code}:${i.problem}`)
        .sort(),
    ).toEqual(['A1:not_rated_by_group', 'A2:out_of_range']);
  });

  it('lets the branch committee rate every member but themselves as the branch', async () => {
    const mine = (await secretary.get(`/api/v1/evaluation/rounds/${roundId}/my-sheets`)).json();
    expect(mine.forms.map((f: Form) => f.group)).toEqual(['self', 'peer', 'branch']);
    const branchSheets = (mine.sheets as Sheet[]).filter((s) => s.group === 'branch');
    expect(branchSheets.map((s) => s.rateeId)).toContain(memberPerson);
    expect(branchSheets.map((s) => s.rateeId)).not.toContain(secretaryPerson);
    const names = branchSheets.map((s) => s.rateeName);
    expect(names).toEqual(sortedCopy(names));
    const branchForm = mine.forms[2] as Form;
    const res = await secretary.put(`/api/v1/evaluation/rounds/${roundId}/my-sheets`, {
      sheets: [{ rateeId: memberPerson, group: 'branch', scores: fill(branchForm, 4) }],
    });
    expect(res.statusCode).toBe(200);
  });

  it('shows staff the branch, the members and the staff form without signing in', async () => {
    const res = await staff.get(`/api/v1/rate/${links[0]}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.branch.name).toBe('制丝车间第一党支部');
    expect(body.form.group).toBe('staff');
    expect(body.form.indicators.length).toBeGreaterThan(0);
    expect(body.form.indicators.map((i: { code: string }) => i.code)).not.toContain('A2');
    ratees = body.ratees;
    expect(ratees.map((r) => r.name)).toEqual(sortedCopy(ratees.map((r) => r.name)));
    expect(ratees.map((r) => r.id)).toContain(memberPerson);
    expect(Object.keys(body).sort()).toEqual(['branch', 'form', 'ratees', 'round']);
    staffForm = body.form;
  });

  it('accepts an anonymous staff sheet once and only once', async () => {
    const full = { sheets: ratees.map((r) => ({ rateeId: r.id, scores: fill(staffForm, 3) })) };
    // A sheet that leaves a member out is refused and does not use up the link.
    const partial = await staff.post(`/api/v1/rate/${links[0]}`, { sheets: full.sheets.slice(1) });
    expect(partial.statusCode).toBe(422);
    expect(partial.json().code).toBe('EVALUATION_STAFF_SHEET_INCOMPLETE');
    const bad = await staff.post(`/api/v1/rate/${links[0]}`, {
      sheets: full.sheets.map((s, i) => (i === 0 ? { ...s, scores: { A2: 1 } } : s)),
    });
    expect(bad.json().code).toBe('EVALUATION_SHEET_INVALID');

    const ok = await staff.post(`/api/v1/rate/${links[0]}`, full);
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toEqual({ submitted: ratees.length });
    const replay = await staff.post(`/api/v1/rate/${links[0]}`, full);
    expect(replay.statusCode).toBe(409);
    expect(replay.json().code).toBe('RATING_TOKEN_USED');
    expect((await staff.get(`/api/v1/rate/${links[0]}`)).json().code).toBe('RATING_TOKEN_USED');

    // Two submissions racing on one link: exactly one wins.
    const race = await Promise.all([
      staff.post(`/api/v1/rate/${links[1]}`, full),
      staff.post(`/api/v1/rate/${links[1]}`, full),
    ]);
    expect(race.map((r) => r.statusCode).sort()).toEqual([201, 409]);

    // A signed-in user gets nothing more from a link, and a made-up link is unknown.
    expect((await member.post(`/api/v1/rate/${links[0]}`, full)).json().code).toBe('RATING_TOKEN_USED');
    for (const bogus of ['x'.repeat(43), 'not-a-token']) {
      const get = await staff.get(`/api/v1/rate/${bogus}`);
      expect(get.statusCode).toBe(404);
      expect(get.json().code).toBe('RATING_TOKEN_UNKNOWN');
      expect((await staff.post(`/api/v1/rate/${bogus}`, full)).statusCode).toBe(404);
    }

    // Nothing joins a staff sheet to its link: no token, no submission id, no time.
    const columns = await rows<{ column_name: string }>(
      t.database.db,
      sql`SELECT column_name FROM information_schema.columns WHERE table_name = 'evaluation_staff_sheet' ORDER BY column_name`,
    );
    expect(columns.map((c) => c.column_name)).toEqual(['id', 'ratee_id', 'round_id', 'scores']);
    const count = await one<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM evaluation_staff_sheet WHERE round_id = ${roundId}`,
    );
    expect(count!.n).toBe(ratees.length * 2);
    const audit = await rows<{ actorAccountId: string | null; ip: string | null; diff: unknown }>(
      t.database.db,
      sql`SELECT actor_account_id AS "actorAccountId", ip, diff FROM audit_event WHERE action = 'evaluation_staff_sheet.submit'`,
    );
    expect(audit).toHaveLength(2);
    expect(audit.every((a) => a.actorAccountId === null && a.ip === null)).toBe(true);
    expect(JSON.stringify(audit)).not.toContain(links[0]);
  });

  it('takes the branch’s manual values, automatic overrides with a reason, and vetoes', async () => {
    const put = (c: Client, entries: unknown[]) =>
      c.put(`/api/v1/evaluation/rounds/${roundId}/values`, { entries });
    expect((await put(secretary, [{ personId: memberPerson, code: 'A1', value: 4.5 }])).statusCode).toBe(200);
    expect((await put(secretary, [{ personId: memberPerson, code: 'A1', value: 6 }])).json().code).toBe(
      'EVALUATION_INDICATOR_INVALID',
    );
    expect((await put(secretary, [{ personId: memberPerson, code: 'A2', value: 3 }])).json().code).toBe(
      'EVALUATION_INDICATOR_INVALID',
    );
    expect((await put(secretary, [{ personId: memberPerson, code: 'B1', value: 30 }])).json().code).toBe(
      'EVALUATION_REASON_REQUIRED',
    );
    expect(
      (
        await put(secretary, [
          { personId: memberPerson, code: 'B1', value: 16, reason: '学时登记表：全年集中学习16学时' },
        ])
      ).statusCode,
    ).toBe(200);
    const own = await put(secretary, [{ personId: secretaryPerson, code: 'A1', value: 5 }]);
    expect(own.statusCode).toBe(403);
    expect(own.json().code).toBe('EVALUATION_OWN_ENTRY');
    expect((await put(other, [{ personId: memberPerson, code: 'A1', value: 5 }])).statusCode).toBe(404);
    // The committee enters the secretary's own values.
    expect((await put(admin, [{ personId: secretaryPerson, code: 'A1', value: 5 }])).statusCode).toBe(200);

    const vetoed = ratees.find((r) => r.id !== memberPerson && r.id !== secretaryPerson)!;
    const veto = (body: object) => secretary.put(`/api/v1/evaluation/rounds/${roundId}/vetoes`, body);
    expect((await veto({ personId: vetoed.id, code: 'A1', vetoed: true, reason: 'x' })).json().code).toBe(
      'EVALUATION_INDICATOR_INVALID',
    );
    expect((await veto({ personId: vetoed.id, code: 'A6', vetoed: true })).json().code).toBe(
      'EVALUATION_REASON_REQUIRED',
    );
    expect(
      (
        await veto({
          personId: vetoed.id,
          code: 'A6',
          vetoed: true,
          reason: '对本班组设备安全事故负有直接责任',
        })
      ).statusCode,
    ).toBe(204);

    const results = (await secretary.get(`/api/v1/evaluation/rounds/${roundId}/results`)).json();
    expect(results.frozen).toBe(false);
    const names = results.items.map((i: { name: string }) => i.name);
    expect(names).toEqual(sortedCopy(names));
    const row = results.items.find((i: { personId: string }) => i.personId === vetoed.id);
    expect(row).toMatchObject({
      vetoed: true,
      suggestion: { suggestion: true, grade: 'unqualified', cause: 'veto' },
    });
    expect(Object.keys(results.items[0]).sort()).toEqual([
      'categories',
      'completion',
      'maxPoints',
      'name',
      'partyStatus',
      'pending',
      'personId',
      'points',
      'suggestion',
      'total',
      'vetoed',
    ]);
  });

  it('explains each member’s result: indicators, categories, completion, pending metrics and the suggestion', async () => {
    const res = await secretary.get(`/api/v1/evaluation/rounds/${roundId}/results/${memberPerson}`);
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.categories).toHaveLength(4);
    expect(d.indicators).toHaveLength(24);
    const ind = (code: string) => d.indicators.find((i: { code: string }) => i.code === code);
    expect(ind('A1')).toMatchObject({ source: 'manual', score: 4.5, status: 'scored' });
    // 16 of 32 class hours, entered by the branch with its reason: half of 5 points.
    expect(ind('B1')).toMatchObject({ source: 'automatic', score: 2.5, status: 'scored' });
    expect(ind('B1').explanation.zh).toContain('支部录入');
    // A3's metric is not available and nobody entered it: pending, never guessed.
    expect(ind('A3')).toMatchObject({ source: 'automatic', score: 0, status: 'pending' });
    expect(ind('A3').explanation.zh).toContain('尚未接入');
    expect(d.pending).toContain('A3');
    // A2: self 4 (full marks) and branch 4; no peer of theirs has rated yet, so the peers' weight moves to
    // the others; staff do not rate it.
    expect(ind('A2').groups.self).toMatchObject({ mean: 4, count: 1 });
    expect(ind('A2').groups.branch).toMatchObject({ mean: 4, count: 1 });
    expect(ind('A2').groups.peer).toMatchObject({ mean: null, count: 0 });
    expect(ind('A2').groups.staff).toBeUndefined();
    expect(ind('A2')).toMatchObject({ score: 4, status: 'scored' });
    expect(ind('A6').groups.staff).toMatchObject({ mean: 3, count: 2 });
    expect(d.completion.byGroup.staff).toEqual({ assigned: 4, submitted: 2 });
    expect(d.completion.byGroup.self).toEqual({ assigned: 1, submitted: 1 });
    expect(d.suggestion.suggestion).toBe(true);
    expect(d.suggestion.notes.map((n: { zh: string }) => n.zh).join('\n')).toContain('仅供民主评议参考');
    expect(d.values.map((v: { code: string }) => v.code).sort()).toEqual(['A1', 'B1']);
    expect(d.total).toBeGreaterThan(0);
    expect(d.total).toBeLessThan(100);

    // Members read neither the branch's results nor another member's.
    expect((await member.get(`/api/v1/evaluation/rounds/${roundId}/results`)).statusCode).toBe(403);
    expect((await other.get(`/api/v1/evaluation/rounds/${roundId}/results`)).statusCode).toBe(404);
    expect((await member.get(`/api/v1/evaluation/rounds/${roundId}/published`)).statusCode).toBe(404);
  });

  it('closes: sheets and unused links are refused from then on', async () => {
    expect((await secretary.post(`/api/v1/evaluation/rounds/${roundId}/publish`)).json().code).toBe(
      'EVALUATION_ROUND_STATE_INVALID',
    );
    const closed = await secretary.post(`/api/v1/evaluation/rounds/${roundId}/close`);
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toEqual({ revokedLinks: 2 });
    const late = await staff.post(`/api/v1/rate/${links[2]}`, {
      sheets: ratees.map((r) => ({ rateeId: r.id, scores: {} })),
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('RATING_TOKEN_REVOKED');
    expect((await staff.get(`/api/v1/rate/${links[3]}`)).json().code).toBe('RATING_TOKEN_REVOKED');
    expect((await staff.get(`/api/v1/rate/${links[0]}`)).json().code).toBe('RATING_TOKEN_USED');
    const sheet = await member.put(`/api/v1/evaluation/rounds/${roundId}/my-sheets`, {
      sheets: [{ rateeId: memberPerson, group: 'self', scores: { A2: 1 } }],
    });
    expect(sheet.json().code).toBe('EVALUATION_ROUND_STATE_INVALID');
    expect(
      (await secretary.post(`/api/v1/evaluation/rounds/${roundId}/staff-links`, { count: 1 })).json().code,
    ).toBe('EVALUATION_ROUND_STATE_INVALID');
    const progress = (await secretary.get(`/api/v1/evaluation/rounds/${roundId}`)).json().progress;
    expect(progress.find((p: { group: string }) => p.group === 'staff')).toEqual({
      group: 'staff',
      assigned: 4,
      submitted: 2,
      revoked: 2,
    });
    // The branch still completes its own entries before publishing.
    expect(
      (
        await secretary.put(`/api/v1/evaluation/rounds/${roundId}/values`, {
          entries: [{ personId: memberPerson, code: 'A5', value: 4 }],
        })
      ).statusCode,
    ).toBe(200);
  });

  it('offers ratings how complete the round was and whether it was published', async () => {
    const registry = new MetricRegistry().register(evaluationFamily, EVALUATION_METRICS);
    const measure = async () =>
      registry.compute(t.database.db, { orgWhere: sql`o.id = ${zs01}`, from: `${year}-01-01`, to: `${year + 1}-01-01` }, [
        { key: 'evaluation.completion', params: {} },
        { key: 'evaluation.published', params: {} },
      ]);
    const counts = (await one<{ handed: number; done: number }>(
      t.database.db,
      sql`SELECT (SELECT count(*) FROM evaluation_sheet WHERE round_id = ${roundId})::int + (SELECT count(*) FROM evaluation_staff_token WHERE round_id = ${roundId})::int AS handed,
                 (SELECT count(*) FROM evaluation_sheet WHERE round_id = ${roundId} AND submitted_at IS NOT NULL)::int
                   + (SELECT count(*) FROM evaluation_staff_token WHERE round_id = ${roundId} AND used_at IS NOT NULL)::int AS done`,
    ))!;
    const before = await measure();
    expect(counts.done).toBeGreaterThan(0);
    expect(before.get('evaluation.completion')!.get(zs01)).toEqual({ value: Math.round((counts.done / counts.handed) * 10_000) / 10_000, detail: { total: counts.handed } });
    expect(before.get('evaluation.published')!.get(zs01)!.value).toBe(0);
  });

  it('publishes: results are frozen and later changes never alter them', async () => {
    const before = (
      await secretary.get(`/api/v1/evaluation/rounds/${roundId}/results/${memberPerson}`)
    ).json();
    const published = await secretary.post(`/api/v1/evaluation/rounds/${roundId}/publish`);
    expect(published.statusCode).toBe(200);
    expect(published.json().members).toBe(ratees.length);
    const frozen = (
      await secretary.get(`/api/v1/evaluation/rounds/${roundId}/results/${memberPerson}`)
    ).json();
    expect(frozen.frozen).toBe(true);
    expect({ ...frozen, frozen: false, status: 'closed' }).toEqual(before);

    // The API refuses changes now; and changes made behind its back (a value, a renamed member) do not reach the result.
    expect(
      (
        await secretary.put(`/api/v1/evaluation/rounds/${roundId}/values`, {
          entries: [{ personId: memberPerson, code: 'A1', value: 0 }],
        })
      ).json().code,
    ).toBe('EVALUATION_ROUND_STATE_INVALID');
    await t.database.db.execute(sql`UPDATE evaluation_value SET value = 0 WHERE round_id = ${roundId}`);
    await t.database.db.execute(sql`UPDATE person SET name = name || '（改）' WHERE id = ${memberPerson}`);
    const later = (
      await secretary.get(`/api/v1/evaluation/rounds/${roundId}/results/${memberPerson}`)
    ).json();
    expect(later).toEqual(frozen);
    const row = await one<{ total: number; grade: string }>(
      t.database.db,
      sql`SELECT total::float8 AS total, grade FROM evaluation_result WHERE round_id = ${roundId} AND person_id = ${memberPerson}`,
    );
    expect(row).toEqual({ total: before.total, grade: before.suggestion.grade });
    await t.database.db.execute(
      sql`UPDATE person SET name = replace(name, '（改）', '') WHERE id = ${memberPerson}`,
    );

    const audit = await rows<{ action: string }>(
      t.database.db,
      sql`SELECT action FROM audit_event WHERE entity_id = ${roundId} ORDER BY seq`,
    );
    expect(new Set(audit.map((a) => a.action))).toEqual(
      new Set([
        'evaluation_round.create',
        'evaluation_round.open',
        'evaluation_sheet.submit',
        'evaluation_staff_sheet.submit',
        'evaluation_value.enter',
        'evaluation_veto.mark',
        'evaluation_round.close',
        'evaluation_round.publish',
      ]),
    );
  });

  it('shows the branch’s members the published results in name order, with no ranking, and takes their comments', async () => {
    const res = await member.get(`/api/v1/evaluation/rounds/${roundId}/published`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const names = body.items.map((i: { name: string }) => i.name);
    expect(names).toEqual(sortedCopy(names));
    expect(Object.keys(body.items[0]).sort()).toEqual([
      'categories',
      'maxPoints',
      'name',
      'partyStatus',
      'personId',
      'suggestion',
      'total',
      'vetoed',
    ]);
    expect(Object.keys(body.items[0].suggestion).sort()).toEqual(['grade', 'label', 'suggestion']);
    expect(JSON.stringify(body.items)).not.toContain('安全事故');
    // Their own result in full.
    expect(body.mine.personId).toBe(memberPerson);
    expect(body.mine.indicators).toHaveLength(24);

    const listed = (await member.get('/api/v1/evaluation/my/rounds')).json().items;
    expect(listed.find((r: { id: string }) => r.id === roundId)).toMatchObject({
      status: 'published',
      sheets: 4,
      submitted: 4,
    });

    const comment = await member.post(`/api/v1/evaluation/rounds/${roundId}/comments`, {
      body: '评价过程公开，结果符合实际。',
      subjectId: memberPerson,
    });
    expect(comment.statusCode).toBe(201);
    expect(
      (
        await member.post(`/api/v1/evaluation/rounds/${roundId}/comments`, { body: 'x', subjectId: jb01 })
      ).json().code,
    ).toBe('EVALUATION_NOT_RATEE');
    const comments = (await secretary.get(`/api/v1/evaluation/rounds/${roundId}/comments`)).json().items;
    expect(comments).toEqual([
      expect.objectContaining({ body: '评价过程公开，结果符合实际。', subjectId: memberPerson }),
    ]);
    expect((await other.get(`/api/v1/evaluation/rounds/${roundId}/comments`)).statusCode).toBe(404);
    expect(
      (await other.post(`/api/v1/evaluation/rounds/${roundId}/comments`, { body: '路过' })).statusCode,
    ).toBe(404);
  });

  it('hands the published results to the branch’s 民主评议 as a suggestion, never as the grade', async () => {
    const published = (await member.get(`/api/v1/evaluation/rounds/${roundId}/published`)).json();
    expect((await secretary.post('/api/v1/appraisals', { orgNodeId: zs01, year })).statusCode).toBe(201);
    const appraisal = (await secretary.get(`/api/v1/appraisals?orgId=${zs01}&year=${year}`)).json();
    const entry = appraisal.entries.find((e: { personId: string }) => e.personId === memberPerson);
    const mine = published.items.find((i: { personId: string }) => i.personId === memberPerson);
    expect(entry.inputs).toContainEqual({
      source: `evaluation:${roundId}`,
      title: { zh: expect.stringContaining('岗位评价'), en: expect.any(String) },
      text: published.mine.suggestion.reason,
      suggestion: mine.suggestion.grade,
      veto: false,
    });
    // The committee still decides: nothing was graded for the member.
    expect(entry.orgGrade).toBeNull();
  });
});

describe('another branch’s round', () => {
  it('is invisible to a member of 制丝车间第一党支部, before and after publication', async () => {
    const created = await other.post('/api/v1/evaluation/rounds', {
      orgId: jb01,
      year,
      templateKey: 'csg-advancement-12',
    });
    expect(created.statusCode).toBe(201);
    const jbRound = created.json().id as string;
    expect(
      (await other.post(`/api/v1/evaluation/rounds/${jbRound}/open`, { staffLinks: 0 })).statusCode,
    ).toBe(200);
    expect((await member.get(`/api/v1/evaluation/rounds/${jbRound}/my-sheets`)).statusCode).toBe(404);
    expect((await secretary.get(`/api/v1/evaluation/rounds/${jbRound}`)).statusCode).toBe(404);
    expect((await other.post(`/api/v1/evaluation/rounds/${jbRound}/close`)).statusCode).toBe(200);
    expect((await other.post(`/api/v1/evaluation/rounds/${jbRound}/publish`)).statusCode).toBe(200);
    expect((await member.get(`/api/v1/evaluation/rounds/${jbRound}/published`)).statusCode).toBe(404);
    expect((await member.get(`/api/v1/evaluation/rounds/${jbRound}/comments`)).statusCode).toBe(404);
    expect(
      (await member.get('/api/v1/evaluation/my/rounds')).json().items.map((r: { id: string }) => r.id),
    ).not.toContain(jbRound);
    // Its own secretary reads it; the committee reads both.
    expect((await other.get(`/api/v1/evaluation/rounds/${jbRound}/published`)).statusCode).toBe(200);
    const all = (await admin.get(`/api/v1/evaluation/rounds?year=${year}`))
      .json()
      .items.map((r: { id: string }) => r.id);
    expect(all).toEqual(expect.arrayContaining([roundId, jbRound]));
    expect(
      (await secretary.get(`/api/v1/evaluation/rounds?year=${year}`))
        .json()
        .items.map((r: { id: string }) => r.id),
    ).toEqual([roundId]);
  });
});

describe('who may do what with evaluation', () => {
  const ACTORS = [
    'anonymous',
    'member',
    'other',
    'secretary',
    'admin',
    'sysadmin',
    'secadmin',
    'auditor',
  ] as const;
  type ActorName = (typeof ACTORS)[number];
  const clients = {} as Record<ActorName, Client>;
  beforeAll(async () => {
    for (const a of ACTORS) clients[a] = a === 'anonymous' ? t.anonymous() : await t.login(a);
  });
  const denied = { sysadmin: 403, secadmin: 403, auditor: 403 } as const;

  const cases: {
    name: string;
    call: (c: Client) => Promise<{ statusCode: number }>;
    expect: Record<ActorName, number>;
  }[] = [
    {
      name: 'list the templates',
      call: (c) => c.get('/api/v1/evaluation/templates'),
      expect: { anonymous: 401, member: 403, other: 200, secretary: 200, admin: 200, ...denied },
    },
    {
      name: 'list rounds',
      call: (c) => c.get('/api/v1/evaluation/rounds'),
      expect: { anonymous: 401, member: 403, other: 200, secretary: 200, admin: 200, ...denied },
    },
    {
      name: 'open a round for ZS-01 (201 once, then 409: allowed through, refused as a duplicate)',
      call: (c) => c.post('/api/v1/evaluation/rounds', { orgId: zs01, year, quarter: 4 }),
      expect: { anonymous: 401, member: 403, other: 403, secretary: 201, admin: 409, ...denied },
    },
    {
      name: 'read ZS-01’s round',
      call: (c) => c.get(`/api/v1/evaluation/rounds/${roundId}`),
      expect: { anonymous: 401, member: 403, other: 404, secretary: 200, admin: 200, ...denied },
    },
    {
      name: 'read ZS-01’s results',
      call: (c) => c.get(`/api/v1/evaluation/rounds/${roundId}/results`),
      expect: { anonymous: 401, member: 403, other: 404, secretary: 200, admin: 200, ...denied },
    },
    {
      name: 'list one’s own rounds',
      call: (c) => c.get('/api/v1/evaluation/my/rounds'),
      expect: { anonymous: 401, member: 200, other: 200, secretary: 200, admin: 200, ...denied },
    },
    {
      name: 'read ZS-01’s published results as a member of the branch',
      call: (c) => c.get(`/api/v1/evaluation/rounds/${roundId}/published`),
      expect: { anonymous: 401, member: 200, other: 404, secretary: 200, admin: 200, ...denied },
    },
    {
      name: 'open a rating link that does not exist (public: nobody needs to sign in)',
      call: (c) => c.get(`/api/v1/rate/${'A'.repeat(43)}`),
      expect: {
        anonymous: 404,
        member: 404,
        other: 404,
        secretary: 404,
        admin: 404,
        sysadmin: 404,
        secadmin: 404,
        auditor: 404,
      },
    },
  ];

  describe.each(cases)('$name', ({ call, expect: expected }) => {
    it.each(ACTORS)('as %s', async (actor) => {
      expect((await call(clients[actor])).statusCode).toBe(expected[actor]);
    });
  });
});

describe('the anonymous rating link', () => {
  // Last in the file: it uses up this address's allowance for the minute.
  it('is rate-limited per address like the login', async () => {
    let status = 0;
    for (let i = 0; i < 80 && status !== 429; i++) {
      status = (await staff.get(`/api/v1/rate/${'B'.repeat(43)}`)).statusCode;
    }
    expect(status).toBe(429);
    expect((await staff.get(`/api/v1/rate/${'B'.repeat(43)}`)).json().code).toBe('RATE_LIMITED');
  });
});
