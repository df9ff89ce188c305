import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one, rows } from '../src/platform/db';
import { multipartFile } from './support/roster';
import { createTestApp, type Client, type TestApp } from './support/test-app';

// Ratings end to end on the demo tree (which holds no meetings, so the records below are the whole
// dataset): a small catalogue, a round for 2024, self-assessment, review, evaluation, publication.

let t: TestApp;
let admin: Client;
let secretary: Client;
let other: Client;
let member: Client;
let root: string;
let zs01: string;
let zs02: string;

const catalogue = {
  code: 'T-STAR',
  name: '测试星级方案',
  kind: 'star',
  period: 'year',
  orgTypes: ['branch'],
  definition: {
    formula: 'base - deduction',
    categories: [
      {
        code: 'L',
        title: '组织生活',
        criteria: [
          {
            code: 'L1',
            title: '支委会每月召开',
            kind: 'metric',
            maxScore: 40,
            hardFromStar: 3,
            metric: { key: 'meetings.periods', params: { type: 'committee_meeting', period: 'month' } },
            rule: { type: 'per_missing', target: 12, perMissing: 4 },
          },
          {
            code: 'L2',
            title: '党员大会每季度召开',
            kind: 'metric',
            maxScore: 20,
            hardFromStar: 4,
            metric: { key: 'meetings.periods', params: { type: 'general_meeting', period: 'quarter' } },
            rule: { type: 'per_missing', target: 4, perMissing: 5 },
          },
        ],
      },
      {
        code: 'B',
        title: '基础资料',
        criteria: [
          { code: 'B1', title: '党员档案齐全', kind: 'evidence', maxScore: 30, hardFromStar: 3 },
          { code: 'B2', title: '特色品牌', kind: 'evidence', maxScore: 10, required: false },
        ],
      },
      {
        code: 'X',
        title: '否决项',
        group: 'deduction',
        criteria: [{ code: 'X1', title: '书记受到纪律处分', kind: 'veto', maxScore: 0 }],
      },
    ],
    levels: {
      labels: [
        { level: 0, zh: '未定星', en: 'No star' },
        { level: 3, zh: '三星', en: '3 stars' },
        { level: 4, zh: '四星', en: '4 stars' },
        { level: 5, zh: '五星', en: '5 stars' },
      ],
      bands: [
        { min: 90, level: 5 },
        { min: 80, level: 4 },
        { min: 60, level: 3 },
      ],
      floor: 0,
      vetoLevel: 0,
      quotas: [{ level: 5, maxShare: 0.3 }],
      oneStepUp: true,
    },
  },
};

async function orgId(code: string) {
  return (await one<{ id: string }>(t.database.db, sql`SELECT id FROM org_node WHERE code = ${code}`))!.id;
}

async function committeeMeeting(heldOn: string, types = ['committee_meeting']) {
  const id = (await secretary.post('/api/v1/meetings', { orgNodeId: zs01, types, title: `${heldOn} ${types.join('+')}` })).json().id as string;
  const held = await secretary.post(`/api/v1/meetings/${id}/transition`, { action: 'hold', version: 1, heldOn });
  expect(held.statusCode).toBe(204);
  return id;
}

async function waitJob(c: Client, jobId: string) {
  for (let i = 0; i < 300; i++) {
    const j = (await c.get(`/api/v1/jobs/${jobId}`)).json();
    if (j.state !== 'running' && j.state !== 'queued') return j;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('job did not finish');
}

async function evaluate(roundId: string) {
  const started = await admin.post(`/api/v1/rating-rounds/${roundId}/evaluate`, {});
  expect(started.statusCode).toBe(202);
  const job = await waitJob(admin, started.json().jobId);
  expect(job.state).toBe('succeeded');
  return job;
}

beforeAll(async () => {
  t = await createTestApp();
  [admin, secretary, other, member] = await Promise.all([t.login('admin'), t.login('secretary'), t.login('other'), t.login('member')]);
  root = (await one<{ id: string }>(t.database.db, sql`SELECT id FROM org_node WHERE parent_id IS NULL`))!.id;
  zs01 = await orgId('ZS-01');
  zs02 = await orgId('ZS-02');
});
afterAll(async () => t?.close());

describe('built-in templates', () => {
  it('offers the six-norm star scheme with 53 items and cumulative hard sets of 24, 39 and 52', async () => {
    const list = (await admin.get('/api/v1/rating-templates')).json().items as { key: string; categories: number; criteria: number; automatic: number; hard: Record<string, number> }[];
    const star = list.find((x) => x.key === 'star-six-norms')!;
    expect(star).toMatchObject({ categories: 6, criteria: 53, hard: { 3: 24, 4: 39, 5: 52 } });
    const target = list.find((x) => x.key === 'target-18')!;
    expect(target).toMatchObject({ criteria: 18, automatic: 18 });
  });

  it('loads a template as an editable copy whose draft validates against the metric registry', async () => {
    const created = await admin.post('/api/v1/rating-schemes', { scopeOrgId: root, templateKey: 'star-six-norms', code: 'STAR-COPY' });
    expect(created.statusCode).toBe(201);
    const v = (await admin.get(`/api/v1/rating-schemes/${created.json().id}/versions/1`)).json();
    expect(v.status).toBe('draft');
    expect(v.definition.categories.map((c: { title: string }) => c.title)).toEqual(['组织建设', '基础资料', '阵地建设', '组织生活', '廉洁建设', '服务群众']);
    const broken = structuredClone(v.definition);
    broken.categories[0].criteria[0] = { ...broken.categories[0].criteria[0], kind: 'metric', metric: { key: 'no.such.metric' }, rule: { type: 'threshold', min: 1 } };
    const put = await admin.put(`/api/v1/rating-schemes/${created.json().id}/versions/1`, { definition: broken });
    expect(put.statusCode).toBe(422);
    expect(put.json().code).toBe('SCHEME_INVALID');
    expect(put.json().message).toContain('no.such.metric');
  });
});

describe('a rating round', () => {
  let schemeId: string;
  let roundId: string;
  let counted: string[];

  it('publishes a catalogue, after which the version is frozen', async () => {
    const created = await admin.post('/api/v1/rating-schemes', { scopeOrgId: root, catalogue });
    expect(created.statusCode).toBe(201);
    schemeId = created.json().id;
    expect((await admin.post(`/api/v1/rating-schemes/${schemeId}/versions/1/publish`, {})).statusCode).toBe(204);
    const edit = await admin.put(`/api/v1/rating-schemes/${schemeId}/versions/1`, { definition: catalogue.definition });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe('SCHEME_VERSION_FROZEN');
    const opened = await admin.post('/api/v1/rating-rounds', { schemeId, version: 1, year: 2024 });
    expect(opened.statusCode).toBe(201);
    roundId = opened.json().id;
    expect((await admin.post('/api/v1/rating-rounds', { schemeId, version: 1, year: 2024 })).json().code).toBe('ROUND_EXISTS');
  });

  it('takes a self-assessment with evidence, returns it with a reason, and reviews the resubmission', async () => {
    const empty = await secretary.post(`/api/v1/rating-rounds/${roundId}/orgs/${zs01}/submit`, {});
    expect(empty.json()).toMatchObject({ code: 'ASSESSMENT_INCOMPLETE', message: '还有 1 项必答题未上传佐证材料或填写说明' });
    expect(empty.json().details.issues.map((i: { path: string }) => i.path)).toEqual(['B1']);
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c22' } }).png().toBuffer();
    const up = await secretary.request({ method: 'POST', url: `/api/v1/rating-rounds/${roundId}/orgs/${zs01}/answers/B1/evidence`, ...multipartFile(png, '档案.png') });
    expect(up.statusCode).toBe(201);
    expect((await secretary.put(`/api/v1/rating-rounds/${roundId}/orgs/${zs01}/answers/B2`, { answered: true, selfNote: '“丝路先锋”品牌' })).statusCode).toBe(204);
    // Reviewing evidence before the branch submits is refused.
    const early = await admin.put(`/api/v1/rating-rounds/${roundId}/orgs/${zs01}/answers/B1/review`, { score: 30, pass: true });
    expect(early.json().code).toBe('SUBMISSION_STATE_INVALID');
    expect((await secretary.post(`/api/v1/rating-rounds/${roundId}/orgs/${zs01}/submit`, {})).statusCode).toBe(204);
    expect((await secretary.put(`/api/v1/rating-rounds/${roundId}/orgs/${zs01}/answers/B2`, { selfNote: '改' })).json().code).toBe('SUBMISSION_STATE_INVALID');
    expect((await admin.post(`/api/v1/rating-rounds/${roundId}/orgs/${zs01}/return`, { reason: '档案照片不清晰' })).statusCode).toBe(204);
    const sheet = (await secretary.get(`/api/v1/rating-rounds/${roundId}/orgs/${zs01}/assessment`)).json();
    expect(sheet.submission).toMatchObject({ status: 'returned', returnReason: '档案照片不清晰' });
    expect(sheet.categories[1].criteria[0].evidence).toHaveLength(1);
    expect((await secretary.post(`/api/v1/rating-rounds/${roundId}/orgs/${zs01}/submit`, {})).statusCode).toBe(204);
    expect((await admin.put(`/api/v1/rating-rounds/${roundId}/orgs/${zs01}/answers/B1/review`, { score: 30, pass: true, comment: '齐全' })).statusCode).toBe(204);
    expect((await admin.put(`/api/v1/rating-rounds/${roundId}/orgs/${zs01}/answers/B2/review`, { score: 8 })).statusCode).toBe(204);
    expect((await admin.post(`/api/v1/rating-rounds/${roundId}/orgs/${zs01}/review-complete`, {})).statusCode).toBe(204);
    // Another branch's secretary can neither read nor write ZS-01's assessment.
    expect([403, 404]).toContain((await other.get(`/api/v1/rating-rounds/${roundId}/orgs/${zs01}/assessment`)).statusCode);
    expect([403, 404]).toContain((await other.put(`/api/v1/rating-rounds/${roundId}/orgs/${zs01}/answers/B2`, { selfNote: 'x' })).statusCode);
    const audit = await rows<{ action: string }>(t.database.db, sql`SELECT action FROM audit_event WHERE action LIKE 'rating_%' ORDER BY id`);
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['rating_answer.evidence_add', 'rating_submission.submit', 'rating_submission.return', 'rating_answer.review', 'rating_submission.review']),
    );
  });

  it('scores from the records, explains each criterion and links exactly the meetings that counted', async () => {
    const months = ['01', '02', '04', '05', '06', '07', '09', '10', '11', '12'];
    counted = [];
    for (const m of months) counted.push(await committeeMeeting(`2024-${m}-15`));
    // A planned (never held) committee meeting in March and one in 2025 do not count.
    await secretary.post('/api/v1/meetings', { orgNodeId: zs01, types: ['committee_meeting'], title: '三月支委会（未召开）' });
    await committeeMeeting('2025-03-10');
    const general = await committeeMeeting('2024-06-20', ['general_meeting']);
    await evaluate(roundId);

    const r = (await secretary.get(`/api/v1/rating-rounds/${roundId}/orgs/${zs01}/result`)).json();
    const l1 = r.categories[0].criteria[0];
    expect(l1.value).toBe(10);
    expect(l1.score).toBe(32);
    expect(l1.explanation.zh).toContain('支委会 10/12');
    expect(l1.explanation.zh).toContain('3月');
    expect(l1.explanation.zh).toContain('8月');
    expect(l1.sources.type).toBe('meeting');
    expect([...l1.sources.ids].sort()).toEqual([...counted].sort());
    const l2 = r.categories[0].criteria[1];
    expect(l2.value).toBe(1);
    expect(l2.sources.ids).toEqual([general]);
    // 32 + 5 + 30 + 8 = 75 → band 三星; L1 (3★ hard) failed → capped below 3★.
    expect(r.total).toBe(75);
    expect(r.hardCap).toBe(2);
    expect(r.level).toBe(0);
    expect(r.gap.failingHard.map((h: { code: string }) => h.code)).toContain('L1');
    const l1Advice = r.gap.suggestions.find((x: { code: string }) => x.code === 'L1');
    expect(l1Advice.action.zh).toContain('再召开 2 次');
    expect(l1Advice.gain).toBe(8);

    const wi = (await secretary.post(`/api/v1/rating-rounds/${roundId}/orgs/${zs01}/what-if`, { changes: [{ code: 'L1', addValue: 2 }] })).json();
    expect(wi.after.total).toBe(83);
    expect(wi.after.level).toBe(3);
    // The what-if saved nothing.
    expect((await secretary.get(`/api/v1/rating-rounds/${roundId}/orgs/${zs01}/result`)).json().total).toBe(75);
  });

  it('shows a secretary only their own branch, and the league table to administrators only', async () => {
    expect([403, 404]).toContain((await secretary.get(`/api/v1/rating-rounds/${roundId}/orgs/${zs02}/result`)).statusCode);
    expect((await secretary.get(`/api/v1/rating-rounds/${roundId}/league`)).statusCode).toBe(403);
    expect((await member.get(`/api/v1/rating-rounds/${roundId}/league`)).statusCode).toBe(403);
    expect((await member.get(`/api/v1/rating-rounds/${roundId}/orgs/${zs01}/result`)).statusCode).toBe(403);
    const league = (await admin.get(`/api/v1/rating-rounds/${roundId}/league?pageSize=5`)).json();
    expect(league.total).toBe(20);
    expect(league.items[0].code).toBe('ZS-01');
    expect(league.distribution.reduce((s: number, d: { count: number }) => s + d.count, 0)).toBe(20);
    const xlsx = await admin.get(`/api/v1/rating-rounds/${roundId}/league.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const docx = await secretary.get(`/api/v1/rating-rounds/${roundId}/orgs/${zs01}/report.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('keeps no record ids in a draft, notes records changed after the evaluation, and publishes only once evaluated again', async () => {
    const storedItems = async () =>
      (await one<{ criteria: { items: Record<string, { src?: number[] }> } }>(
        t.database.db,
        sql`SELECT criteria FROM rating_result WHERE round_id = ${roundId} AND org_node_id = ${zs01}`,
      ))!.criteria.items;
    // The evaluation stored values and explanations only; the page above listed the meetings as they stand.
    expect(Object.values(await storedItems()).some((i) => i.src !== undefined)).toBe(false);

    const late = await committeeMeeting('2024-03-05');
    const stale = (await secretary.get(`/api/v1/rating-rounds/${roundId}/orgs/${zs01}/result`)).json();
    const l1 = stale.categories[0].criteria[0];
    expect(l1.value).toBe(10);
    expect(l1.sources).toMatchObject({ changed: true, ids: [] });
    // The general meeting's count did not change, so its record is still listed.
    expect(stale.categories[0].criteria[1].sources).toMatchObject({ changed: false, ids: [expect.any(String)] });

    const refused = await admin.post(`/api/v1/rating-rounds/${roundId}/publish`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'ROUND_RECORDS_CHANGED', message: '测评后有1个组织的记录发生了变化，请重新运行测评计算后再发布' });
    expect((await admin.get(`/api/v1/rating-rounds/${roundId}`)).json().status).toBe('open');
    expect(Object.values(await storedItems()).some((i) => i.src !== undefined)).toBe(false);

    await evaluate(roundId);
    const fresh = (await secretary.get(`/api/v1/rating-rounds/${roundId}/orgs/${zs01}/result`)).json().categories[0].criteria[0];
    expect(fresh.value).toBe(11);
    expect(fresh.sources.changed).toBe(false);
    expect([...fresh.sources.ids].sort()).toEqual([...counted, late].sort());
    counted.push(late);
  });

  it('refuses an override above the hard cap, records one within it, and freezes the round on publication', async () => {
    const above = await admin.put(`/api/v1/rating-rounds/${roundId}/orgs/${zs01}/override`, { level: 3, reason: '获省级表彰' });
    expect(above.json().code).toBe('OVERRIDE_INVALID');
    expect((await admin.post(`/api/v1/rating-rounds/${roundId}/publish`, {})).statusCode).toBe(204);
    const before = (await secretary.get(`/api/v1/rating-rounds/${roundId}/orgs/${zs01}/result`)).json();
    // Publishing kept the meetings that counted with the result.
    const kept = await one<{ criteria: { items: Record<string, { src?: number[] }>; sources: string[] } }>(
      t.database.db,
      sql`SELECT criteria FROM rating_result WHERE round_id = ${roundId} AND org_node_id = ${zs01}`,
    );
    expect(kept!.criteria.items.L1!.src!.map((i) => kept!.criteria.sources[i]).sort()).toEqual([...counted].sort());
    expect(before.categories[0].criteria[0].sources).toMatchObject({ changed: false });

    // Later records and a new catalogue version change nothing in the published round.
    await committeeMeeting('2024-03-20');
    await committeeMeeting('2024-08-20');
    const v2 = await admin.post(`/api/v1/rating-schemes/${schemeId}/versions`, { fromVersion: 1 });
    expect(v2.json().version).toBe(2);
    const changed = structuredClone(catalogue.definition);
    changed.categories[0]!.criteria[0]!.maxScore = 50;
    expect((await admin.put(`/api/v1/rating-schemes/${schemeId}/versions/2`, { definition: changed })).statusCode).toBe(204);
    expect((await admin.post(`/api/v1/rating-schemes/${schemeId}/versions/2/publish`, {})).statusCode).toBe(204);
    const again = await admin.post(`/api/v1/rating-rounds/${roundId}/evaluate`, {});
    expect(again.json().code).toBe('ROUND_STATE_INVALID');
    expect((await secretary.get(`/api/v1/rating-rounds/${roundId}/orgs/${zs01}/result`)).json()).toEqual(before);
    expect((await admin.post(`/api/v1/rating-rounds/${roundId}/archive`, {})).statusCode).toBe(204);
    expect((await secretary.get(`/api/v1/rating-rounds/${roundId}/orgs/${zs01}/result`)).json()).toEqual({ ...before, round: { ...before.round, status: 'archived' } });
  });

  it('holds the next year to one step up, unless an override (破格) is recorded', async () => {
    // 2025 for ZS-01: every month and quarter (the 2025-03-10 meeting is already there).
    for (const m of ['01', '02', '04', '05', '06', '07', '08', '09', '10', '11', '12']) await committeeMeeting(`2025-${m}-12`);
    for (const m of ['02', '05', '08', '11']) await committeeMeeting(`2025-${m}-20`, ['general_meeting']);
    const opened = await admin.post('/api/v1/rating-rounds', { schemeId, version: 2, year: 2025 });
    const r2025 = opened.json().id as string;
    for (const code of ['B1']) {
      await secretary.request({ method: 'POST', url: `/api/v1/rating-rounds/${r2025}/orgs/${zs01}/answers/${code}/evidence`, ...multipartFile(await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } }).png().toBuffer(), 'a.png') });
    }
    await secretary.post(`/api/v1/rating-rounds/${r2025}/orgs/${zs01}/submit`, {});
    await admin.put(`/api/v1/rating-rounds/${r2025}/orgs/${zs01}/answers/B1/review`, { score: 30, pass: true });
    await evaluate(r2025);
    let r = (await secretary.get(`/api/v1/rating-rounds/${r2025}/orgs/${zs01}/result`)).json();
    // 50 + 20 + 30 = 100 points, every hard item met: 五星 by score, but last year's 0 allows 三星 at most.
    expect(r.total).toBe(100);
    expect(r.computedLevel).toBe(5);
    expect(r.previousLevel).toBe(0);
    expect(r.level).toBe(3);
    expect(r.flags.oneStepCapped).toBe(true);
    expect((await admin.put(`/api/v1/rating-rounds/${r2025}/orgs/${zs01}/override`, { level: 5 })).json().code).toBe('VALIDATION_FAILED');
    expect((await admin.put(`/api/v1/rating-rounds/${r2025}/orgs/${zs01}/override`, { level: 5, reason: '获省级先进基层党组织称号' })).statusCode).toBe(204);
    expect((await admin.post(`/api/v1/rating-rounds/${r2025}/publish`, {})).json().code).toBe('ROUND_NOT_EVALUATED');
    await evaluate(r2025);
    r = (await secretary.get(`/api/v1/rating-rounds/${r2025}/orgs/${zs01}/result`)).json();
    expect(r.level).toBe(5);
    expect(r.flags).toMatchObject({ overridden: true, overrideReason: '获省级先进基层党组织称号' });
  });

  it('exports a catalogue as JSON and .xlsx and imports both back as new schemes', async () => {
    const json = await admin.get(`/api/v1/rating-schemes/${schemeId}/versions/2/export?format=json`);
    expect(json.statusCode).toBe(200);
    const doc = JSON.parse(json.body);
    expect(doc.definition.categories[0].criteria[0].maxScore).toBe(50);
    doc.code = 'T-STAR-JSON';
    const fromJson = await admin.request({ method: 'POST', url: '/api/v1/rating-schemes/import', ...multipartFile(Buffer.from(JSON.stringify(doc)), 'star.json', 'file', { scopeOrgId: root }) });
    expect(fromJson.statusCode).toBe(201);
    const xlsx = await admin.get(`/api/v1/rating-schemes/${schemeId}/versions/2/export?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const dup = await admin.request({ method: 'POST', url: '/api/v1/rating-schemes/import', ...multipartFile(xlsx.rawPayload, 'star.xlsx', 'file', { scopeOrgId: root }) });
    expect(dup.json().code).toBe('SCHEME_CODE_TAKEN');
    const bad = await admin.request({ method: 'POST', url: '/api/v1/rating-schemes/import', ...multipartFile(Buffer.from('not a workbook'), 'x.xlsx', 'file', { scopeOrgId: root }) });
    expect(bad.json().code).toBe('CATALOGUE_FILE_INVALID');
    const notJson = await admin.request({ method: 'POST', url: '/api/v1/rating-schemes/import', ...multipartFile(Buffer.from('{oops'), 'x.json', 'file', { scopeOrgId: root }) });
    expect(notJson.json()).toMatchObject({ code: 'CATALOGUE_FILE_INVALID', message: '无法读取考核目录文件：不是有效的 JSON' });
    const wrongShape = await admin.request({ method: 'POST', url: '/api/v1/rating-schemes/import', ...multipartFile(Buffer.from(JSON.stringify({ ...doc, code: 'X-1', kind: 'lottery' })), 'x.json', 'file', { scopeOrgId: root }) });
    expect(wrongShape.json().code).toBe('CATALOGUE_FILE_INVALID');
    expect(wrongShape.json().details.issues[0].path).toBe('kind');
    const noScope = await admin.request({ method: 'POST', url: '/api/v1/rating-schemes/import', ...multipartFile(Buffer.from(JSON.stringify(doc)), 'x.json') });
    expect(noScope.json().code).toBe('VALIDATION_FAILED');
    expect((await one<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM rating_scheme WHERE code IN ('X-1')`))!.n).toBe(0);
    expect((await secretary.request({ method: 'POST', url: '/api/v1/rating-schemes/import', ...multipartFile(Buffer.from(JSON.stringify(doc)), 'star.json', 'file', { scopeOrgId: root }) })).statusCode).toBe(403);
  });
});

describe('people in explanations', () => {
  it('names the people a criterion lists when the result or a what-if is read, and keeps them by id on publication', async () => {
    const definition = {
      formula: 'base',
      categories: [
        {
          code: 'M',
          title: '党员管理',
          criteria: [
            { code: 'M1', title: '无连续3个月未参加组织生活的党员', kind: 'metric', maxScore: 5, metric: { key: 'members.absent_3_months' }, rule: { type: 'threshold', max: 0 } },
          ],
        },
      ],
    };
    const created = await admin.post('/api/v1/rating-schemes', { scopeOrgId: root, catalogue: { ...catalogue, code: 'T-PEOPLE', name: '人员说明测试', definition } });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    expect((await admin.post(`/api/v1/rating-schemes/${id}/versions/1/publish`, {})).statusCode).toBe(204);
    const round = (await admin.post('/api/v1/rating-rounds', { schemeId: id, version: 1, year: 2023 })).json().id as string;
    await evaluate(round);

    // No one in ZS-02 attended anything in 2023: the first ten by id are listed, by name.
    const absent = await rows<{ id: string; name: string }>(
      t.database.db,
      sql`SELECT p.id, p.name FROM membership_period m JOIN person p ON p.id = m.person_id
          WHERE m.org_node_id = ${zs02} AND m.party_status IN ('full', 'probationary') AND m.valid_from <= '2023-12-31'
            AND (m.valid_to IS NULL OR m.valid_to > '2023-12-31')
            AND EXISTS (SELECT 1 FROM membership_period s WHERE s.person_id = p.id AND s.valid_from <= '2023-09-30')
          ORDER BY p.id LIMIT 10`,
    );
    expect(absent.length).toBeGreaterThan(1);
    const stored = async () =>
      (await one<{ criteria: { items: Record<string, { v?: number; mp?: number[][] }>; sources: string[] } }>(
        t.database.db,
        sql`SELECT criteria FROM rating_result WHERE round_id = ${round} AND org_node_id = ${zs02}`,
      ))!.criteria;
    // The evaluation keeps the count; the people are listed with the records, as they stand.
    const evaluated = await stored();
    expect(evaluated.items.M1!.v).toBeGreaterThanOrEqual(absent.length);
    expect(evaluated.items.M1!.mp).toBeUndefined();
    const named = `缺 ${absent.map((p) => p.name).sort(new Intl.Collator('zh-Hans-CN').compare).join('、')}`;
    const result = (await admin.get(`/api/v1/rating-rounds/${round}/orgs/${zs02}/result`)).json();
    expect(result.categories[0].criteria[0].explanation.zh).toContain(named);

    // Published, the result keeps them by id only: no name is kept with it.
    expect((await admin.post(`/api/v1/rating-rounds/${round}/publish`, {})).statusCode).toBe(204);
    const kept = await stored();
    expect(kept.items.M1!.mp!.map(([i]) => kept.sources[i!])).toEqual(absent.map((p) => p.id));
    expect(JSON.stringify(kept)).not.toContain(absent[0]!.name);
    expect((await admin.get(`/api/v1/rating-rounds/${round}/orgs/${zs02}/result`)).json().categories[0].criteria[0].explanation.zh).toContain(named);

    // A renamed person is shown by the name they have now.
    const renamed = absent[0]!;
    await t.database.db.execute(sql`UPDATE person SET name = '改名测试' WHERE id = ${renamed.id}`);
    const again = (await admin.get(`/api/v1/rating-rounds/${round}/orgs/${zs02}/result`)).json();
    expect(again.categories[0].criteria[0].explanation.zh).toContain('改名测试');
    const wi = (await admin.post(`/api/v1/rating-rounds/${round}/orgs/${zs02}/what-if`, { changes: [] })).json();
    expect(wi.before.total).toBe(0);
    await t.database.db.execute(sql`UPDATE person SET name = ${renamed.name} WHERE id = ${renamed.id}`);
  });
});

describe('publication after the rated orgs changed', () => {
  it('refuses to publish a round with a branch set up after its evaluation, until it is evaluated again', async () => {
    const created = await admin.post('/api/v1/rating-schemes', { scopeOrgId: root, catalogue: { ...catalogue, code: 'T-SCOPE', name: '范围变化测试' } });
    const id = created.json().id as string;
    expect((await admin.post(`/api/v1/rating-schemes/${id}/versions/1/publish`, {})).statusCode).toBe(204);
    const round = (await admin.post('/api/v1/rating-rounds', { schemeId: id, version: 1, year: 2022 })).json().id as string;
    await evaluate(round);
    const zs = await orgId('ZS');
    const added = await admin.post('/api/v1/orgs', { parentId: zs, type: 'branch', name: '新设测试党支部', code: 'NEW-1' });
    expect(added.statusCode).toBe(201);

    const refused = await admin.post(`/api/v1/rating-rounds/${round}/publish`, {});
    expect(refused.json()).toMatchObject({ code: 'ROUND_RECORDS_CHANGED', message: '测评后有1个组织的记录发生了变化，请重新运行测评计算后再发布' });
    await evaluate(round);
    expect((await admin.post(`/api/v1/rating-rounds/${round}/publish`, {})).statusCode).toBe(204);
    expect((await admin.get(`/api/v1/rating-rounds/${round}/league?pageSize=5`)).json().total).toBe(21);
  });
});

describe('who may do what in ratings', () => {
  const ACTORS = ['anonymous', 'member', 'other', 'secretary', 'admin', 'sysadmin', 'secadmin', 'auditor'] as const;
  type ActorName = (typeof ACTORS)[number];
  const clients = {} as Record<ActorName, Client>;
  let schemeId: string;
  let roundId: string;

  beforeAll(async () => {
    for (const a of ACTORS) clients[a] = a === 'anonymous' ? t.anonymous() : await t.login(a);
    schemeId = (await admin.post('/api/v1/rating-schemes', { scopeOrgId: root, templateKey: 'target-18', code: 'T18-MATRIX' })).json().id;
    await admin.post(`/api/v1/rating-schemes/${schemeId}/versions/1/publish`, {});
    roundId = (await admin.post('/api/v1/rating-rounds', { schemeId, version: 1, year: 2025, quarter: 1 })).json().id;
    await evaluate(roundId);
  });

  const cases: { name: string; call: (c: Client) => Promise<{ statusCode: number }>; expect: Record<ActorName, number> }[] = [
    {
      name: 'list rounds',
      call: (c) => c.get('/api/v1/rating-rounds'),
      expect: { anonymous: 401, member: 403, other: 200, secretary: 200, admin: 200, sysadmin: 403, secadmin: 403, auditor: 403 },
    },
    {
      name: 'read ZS-01’s result',
      call: (c) => c.get(`/api/v1/rating-rounds/${roundId}/orgs/${zs01}/result`),
      expect: { anonymous: 401, member: 403, other: 404, secretary: 200, admin: 200, sysadmin: 403, secadmin: 403, auditor: 403 },
    },
    {
      name: 'read the league table',
      call: (c) => c.get(`/api/v1/rating-rounds/${roundId}/league`),
      expect: { anonymous: 401, member: 403, other: 403, secretary: 403, admin: 200, sysadmin: 403, secadmin: 403, auditor: 403 },
    },
    {
      name: 'answer for ZS-01',
      call: (c) => c.put(`/api/v1/rating-rounds/${roundId}/orgs/${zs01}/answers/T1.01`, { selfNote: '说明' }),
      expect: { anonymous: 401, member: 403, other: 404, secretary: 204, admin: 204, sysadmin: 403, secadmin: 403, auditor: 403 },
    },
    {
      name: 'record an override',
      call: (c) => c.put(`/api/v1/rating-rounds/${roundId}/orgs/${zs01}/override`, { level: null }),
      expect: { anonymous: 401, member: 403, other: 403, secretary: 403, admin: 204, sysadmin: 403, secadmin: 403, auditor: 403 },
    },
    {
      name: 'edit a catalogue',
      call: (c) => c.post(`/api/v1/rating-schemes/${schemeId}/versions`, { fromVersion: 1 }),
      expect: { anonymous: 401, member: 403, other: 403, secretary: 403, admin: 201, sysadmin: 403, secadmin: 403, auditor: 403 },
    },
  ];

  describe.each(cases)('$name', ({ call, expect: expected }) => {
    it.each(ACTORS)('as %s', async (actor) => {
      expect((await call(clients[actor])).statusCode).toBe(expected[actor]);
    });
  });
});
