import { CREDENTIAL_COLUMNS, type CredentialColumnKey } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMetricRegistry } from '../src/metric-registry';
import { addMonths, todayIn } from '../src/platform/clock';
import { one, rows } from '../src/platform/db';
import { multipartFile } from './support/roster';
import { TEST_TIME_ZONE } from './support/templates';
import { createTestApp, type Client, type TestApp } from './support/test-app';

// Talent profiles end to end on the demo tree: a branch copies the 16 built-in portraits and edits one,
// imports credentials from .xlsx (all or nothing), scores a member against a portrait and reads the
// match, assigns a tier, keeps the reserve pool with a due review; ratings read the two metrics; and who
// may do what.

type Person = { id: string; name: string; idNumber: string; birthDate: string };

let t: TestApp;
let admin: Client;
let secretary: Client;
let other: Client;
let member: Client;
let root: string;
let zs01: string;
let memberPerson: Person;
let colleague: Person;
let outsider: Person;
let secretaryPerson: string;
let portraitId: string;
const today = todayIn(TEST_TIME_ZONE);
const year = Number(today.slice(0, 4));

async function orgId(code: string): Promise<string> {
  return (await one<{ id: string }>(t.database.db, sql`SELECT id FROM org_node WHERE code = ${code}`))!.id;
}

async function personOf(where: ReturnType<typeof sql>): Promise<Person> {
  return (await one<Person>(
    t.database.db,
    sql`SELECT p.id, p.name, p.id_number AS "idNumber", p.birth_date::text AS "birthDate" FROM person p WHERE ${where} ORDER BY p.name, p.id LIMIT 1`,
  ))!;
}

type Line = Partial<Record<CredentialColumnKey, string>>;

/** A credentials workbook as users fill it: the template's headers in row 1, one credential per row. */
async function credentialXlsx(lines: Line[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('证书资格');
  ws.addRow(CREDENTIAL_COLUMNS.map((c) => (c.required ? `${c.header}*` : c.header)));
  for (const line of lines) ws.addRow(CREDENTIAL_COLUMNS.map((c) => line[c.key] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function upload(client: Client, file: Buffer, mode: 'check' | 'commit') {
  return client.request({ method: 'POST', url: '/api/v1/talent/credential-imports', ...multipartFile(file, '证书.xlsx', 'file', { mode }) });
}

async function credentialCount(personIds: string[]): Promise<number> {
  const r = await one<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM talent_credential WHERE person_id IN (SELECT (jsonb_array_elements_text(${JSON.stringify(personIds)}::jsonb))::uuid)`,
  );
  return r!.n;
}

beforeAll(async () => {
  t = await createTestApp();
  [admin, secretary, other, member] = await Promise.all([t.login('admin'), t.login('secretary'), t.login('other'), t.login('member')]);
  root = (await one<{ id: string }>(t.database.db, sql`SELECT id FROM org_node WHERE parent_id IS NULL`))!.id;
  zs01 = await orgId('ZS-01');
  const memberId = (await member.get('/api/v1/auth/me')).json().user.personId as string;
  secretaryPerson = (await secretary.get('/api/v1/auth/me')).json().user.personId as string;
  memberPerson = await personOf(sql`p.id = ${memberId}`);
  colleague = await personOf(
    sql`p.org_node_id = ${zs01} AND p.id NOT IN (${memberId}, ${secretaryPerson}) AND p.party_status IN ('full', 'probationary')`,
  );
  outsider = await personOf(sql`p.org_node_id = ${await orgId('JB-01')}`);
});
afterAll(async () => t?.close());

describe('job portraits', () => {
  it('are copied from the 16 built-ins into a branch’s own set, once', async () => {
    const templates = (await secretary.get('/api/v1/talent/portrait-templates')).json();
    expect(templates.items).toHaveLength(16);
    const copied = await secretary.post('/api/v1/talent/portraits/copy', { scopeOrgId: zs01 });
    expect(copied.statusCode).toBe(201);
    expect(copied.json().created).toHaveLength(16);
    const again = (await secretary.post('/api/v1/talent/portraits/copy', { scopeOrgId: zs01 })).json();
    expect(again).toMatchObject({ created: [] });
    expect(again.skipped).toHaveLength(16);
    // Another branch's secretary cannot keep portraits for ZS-01.
    expect((await other.post('/api/v1/talent/portraits/copy', { scopeOrgId: zs01, codes: ['qi-physical'] })).statusCode).toBe(403);

    const list = (await secretary.get(`/api/v1/talent/portraits?orgId=${zs01}`)).json().items;
    expect(list).toHaveLength(16);
    expect(list.every((p: { editable: boolean }) => p.editable)).toBe(true);
    portraitId = list.find((p: { code: string }) => p.code === 'qi-physical').id;
    // Not visible to another branch.
    expect((await other.get(`/api/v1/talent/portraits/${portraitId}`)).statusCode).toBe(404);
  });

  it('are edited with weights summing to 1 and the political standard first, audited before and after', async () => {
    const p = (await secretary.get(`/api/v1/talent/portraits/${portraitId}`)).json();
    expect(p).toMatchObject({ code: 'qi-physical', version: 1 });
    const def = p.definition;

    const badWeights = structuredClone(def);
    badWeights.indicators[1].weight += 0.1;
    const refused = await secretary.put(`/api/v1/talent/portraits/${portraitId}`, { version: 1, definition: badWeights });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(refused.json().details.issues).toContainEqual({ path: 'definition.indicators', message: 'weights_sum' });

    const politicalSecond = structuredClone(def);
    politicalSecond.indicators.reverse();
    const notFirst = await secretary.put(`/api/v1/talent/portraits/${portraitId}`, { version: 1, definition: politicalSecond });
    expect(notFirst.json().details.issues).toContainEqual({ path: 'definition.indicators.0.code', message: 'political_first' });

    const edited = structuredClone(def);
    edited.title = '质量检验员（物理检验）';
    edited.indicators[1].weight = 0.1; // 行为规范 15% → 10%
    edited.indicators[6].weight = 0.25; // 专业技能 20% → 25%
    const saved = await secretary.put(`/api/v1/talent/portraits/${portraitId}`, { version: 1, definition: edited });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ version: 2 });
    expect((await secretary.put(`/api/v1/talent/portraits/${portraitId}`, { version: 1, definition: edited })).json().code).toBe('CONFLICT');
    expect((await secretary.get(`/api/v1/talent/portraits/${portraitId}`)).json()).toMatchObject({ title: '质量检验员（物理检验）', version: 2 });

    const audit = await one<{ diff: { before: { title: string }; after: { title: string } } }>(
      t.database.db,
      sql`SELECT diff FROM audit_event WHERE action = 'talent_portrait.update' AND entity_id = ${portraitId}`,
    );
    expect(audit!.diff.before.title).toBe('质量检验员（物理）');
    expect(audit!.diff.after.title).toBe('质量检验员（物理检验）');
    expect(Object.keys(audit!.diff.after).sort()).toEqual(['indicators', 'title']);
  });

  it('kept by the committee are read by the branch but edited only by the committee', async () => {
    const created = await admin.post('/api/v1/talent/portraits', { scopeOrgId: root, builtinCode: 'tech-primary' });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    expect((await admin.post('/api/v1/talent/portraits', { scopeOrgId: root, builtinCode: 'tech-primary' })).json().code).toBe(
      'TALENT_PORTRAIT_CODE_TAKEN',
    );
    const seen = (await secretary.get(`/api/v1/talent/portraits?orgId=${zs01}`)).json().items;
    expect(seen.find((p: { id: string }) => p.id === id)).toMatchObject({ editable: false, scopeOrgId: root });
    const def = (await secretary.get(`/api/v1/talent/portraits/${id}`)).json().definition;
    expect((await secretary.put(`/api/v1/talent/portraits/${id}`, { version: 1, definition: def })).statusCode).toBe(403);
  });
});

describe('credentials', () => {
  it('imports nothing while any row has a problem, naming each bad row with its codes', async () => {
    const expiring = addMonths(today, 2);
    const good: Line[] = [
      { personName: memberPerson.name, idNumber: memberPerson.idNumber, kind: '证书', name: '实验室内审员证', obtainedOn: '2022-03-01', expiresOn: expiring },
      { personName: memberPerson.name, idNumber: memberPerson.idNumber, kind: '职称', name: '工程师', level: '中级', obtainedOn: '2020.07' },
    ];
    const bad: Line[] = [
      { personName: '王某某', idNumber: memberPerson.idNumber, kind: '培训', name: '精益管理培训', obtainedOn: '2023-05-10' },
      { personName: outsider.name, idNumber: outsider.idNumber, kind: '荣誉', name: '优秀共产党员', level: '企业级', obtainedOn: '2023-07-01' },
      { personName: colleague.name, idNumber: colleague.idNumber, kind: '职称', name: '助理工程师', obtainedOn: '2019-07-01' },
      { personName: colleague.name, idNumber: colleague.idNumber, kind: '竞赛', name: '质量检验技能竞赛', result: '二等奖', obtainedOn: '去年' },
      { personName: memberPerson.name, idNumber: memberPerson.idNumber, kind: '证书', name: '实验室内审员证', obtainedOn: '2022-03-01' },
    ];
    const file = await credentialXlsx([...good, ...bad]);

    const refused = await upload(secretary, file, 'commit');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('TALENT_IMPORT_HAS_ERRORS');
    const report = refused.json().details;
    expect(report).toMatchObject({ totalRows: 7, validRows: 2, invalidRows: 5 });
    const codes = Object.fromEntries(report.rows.map((r: { rowNo: number; problems: { code: string }[] }) => [r.rowNo, r.problems.map((p) => p.code)]));
    expect(codes).toEqual({
      4: ['NAME_MISMATCH'],
      5: ['PERSON_NOT_FOUND'],
      6: ['TITLE_LEVEL_REQUIRED'],
      7: ['DATE_INVALID'],
      8: ['DUPLICATE_IN_FILE'],
    });
    const row5 = report.rows.find((r: { rowNo: number }) => r.rowNo === 5);
    expect(row5.problems[0].message).toContain('身份证号');
    // The importer's report masks ID numbers (a secretary may not read them in full).
    expect(row5.idNumber).toContain('*');
    expect(await credentialCount([memberPerson.id, colleague.id, outsider.id])).toBe(0);

    const checked = await upload(secretary, file, 'check');
    expect(checked.statusCode).toBe(200);
    expect(checked.json()).toMatchObject({ mode: 'check', committed: false, invalidRows: 5 });
    expect(await credentialCount([memberPerson.id, colleague.id, outsider.id])).toBe(0);

    const ok = await upload(secretary, await credentialXlsx(good), 'commit');
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ committed: true, created: 2, people: 1, invalidRows: 0 });
    expect(await credentialCount([memberPerson.id])).toBe(2);
    const audit = await one<{ diff: { after: { credentials: number; fileName: string } } }>(
      t.database.db,
      sql`SELECT diff FROM audit_event WHERE action = 'talent_credential.import' AND entity_id = ${ok.json().importId}`,
    );
    expect(audit!.diff.after).toMatchObject({ credentials: 2, fileName: '证书.xlsx' });

    // The same file again: already recorded, nothing doubled.
    const twice = await upload(secretary, await credentialXlsx(good), 'commit');
    expect(twice.json().details.rows.flatMap((r: { problems: { code: string }[] }) => r.problems.map((p) => p.code))).toEqual([
      'ALREADY_RECORDED',
      'ALREADY_RECORDED',
    ]);
    // Another branch cannot import for ZS-01's people: they are not found in its scope.
    const foreign = await upload(other, await credentialXlsx([{ ...good[0]!, name: '另一证书' }]), 'check');
    expect(foreign.json().rows[0].problems[0].code).toBe('PERSON_NOT_FOUND');
  });

  it('offers a template with the headers and drop-downs', async () => {
    const res = await secretary.get('/api/v1/talent/credential-imports/template');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('证书资格')!;
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(CREDENTIAL_COLUMNS.map((c) => (c.required ? `${c.header}*` : c.header)));
    const kindCol = CREDENTIAL_COLUMNS.findIndex((c) => c.key === 'kind') + 1;
    expect(ws.getCell(2, kindCol).dataValidation).toMatchObject({ type: 'list', formulae: ['"证书,职称,培训,荣誉,竞赛成绩"'] });
    expect((await member.get('/api/v1/talent/credential-imports/template')).statusCode).toBe(403);
  });

  it('are listed with their summary, added and deleted with an audit entry', async () => {
    const added = await secretary.post(`/api/v1/talent/people/${memberPerson.id}/credentials`, {
      kind: 'competition',
      name: '卷烟质量检验技能竞赛',
      level: 'enterprise',
      result: '一等奖',
      obtainedOn: today,
    });
    expect(added.statusCode).toBe(201);
    const future = await secretary.post(`/api/v1/talent/people/${memberPerson.id}/credentials`, { kind: 'award', name: '先进个人', obtainedOn: `${year + 1}-01-01` });
    expect(future.json().code).toBe('TALENT_DATE_IN_FUTURE');
    const noLevel = await secretary.post(`/api/v1/talent/people/${memberPerson.id}/credentials`, { kind: 'title', name: '高级工程师', obtainedOn: '2024-01-01' });
    expect(noLevel.statusCode).toBe(400);
    expect(noLevel.json().details.issues).toContainEqual({ path: 'level', message: 'title_level_required' });

    const wrong = await secretary.post(`/api/v1/talent/people/${memberPerson.id}/credentials`, { kind: 'training', name: '误录培训', obtainedOn: '2024-01-01' });
    expect((await other.delete(`/api/v1/talent/credentials/${wrong.json().id}`)).statusCode).toBe(404);
    expect((await secretary.delete(`/api/v1/talent/credentials/${wrong.json().id}`)).statusCode).toBe(204);
    const audit = await one<{ diff: { before: { name: string } } }>(
      t.database.db,
      sql`SELECT diff FROM audit_event WHERE action = 'talent_credential.delete' AND entity_id = ${wrong.json().id}`,
    );
    expect(audit!.diff.before.name).toBe('误录培训');

    const view = (await secretary.get(`/api/v1/talent/people/${memberPerson.id}/credentials`)).json();
    expect(view.items.map((c: { name: string }) => c.name)).toEqual(['卷烟质量检验技能竞赛', '实验室内审员证', '工程师']);
    expect(view.summary.current).toBe(3);
    expect(view.summary.highestTitle).toMatchObject({ name: '工程师', level: 'intermediate', obtainedOn: '2020-07-01' });
    expect(view.summary.expiringSoon).toHaveLength(1);
    expect(view.summary.expiringSoon[0].credential.name).toBe('实验室内审员证');
    expect(view.person.idNumber).toContain('*');
    // The member reads their own, in full; another branch does not.
    const mine = (await member.get('/api/v1/talent/me/credentials')).json();
    expect(mine.items).toHaveLength(3);
    expect(mine.person.idNumber).toBe(memberPerson.idNumber);
    expect((await other.get(`/api/v1/talent/people/${memberPerson.id}/credentials`)).statusCode).toBe(404);
    expect((await member.get(`/api/v1/talent/people/${memberPerson.id}/credentials`)).statusCode).toBe(403);
  });
});

describe('scores and the portrait match', () => {
  const scores = [
    { code: 'political', score: 92 },
    { code: 'conduct', score: 85 },
    { code: 'service', score: 80 },
    { code: 'innovation', score: 78 },
    { code: 'quality_safety', score: 90 },
    { code: 'collaboration', score: 86 },
    { code: 'skill', score: 88 },
  ];

  it('records scores with the day and who scored, never for oneself or for an unknown indicator', async () => {
    const url = `/api/v1/talent/people/${memberPerson.id}/scores`;
    expect((await secretary.post(url, { portraitId, scoredOn: today, scores: [{ code: 'dancing', score: 80 }] })).json().code).toBe(
      'TALENT_INDICATOR_UNKNOWN',
    );
    expect((await secretary.post(url, { portraitId, scoredOn: today, scores: [{ code: 'skill', score: 101 }] })).statusCode).toBe(400);
    expect(
      (await secretary.post(`/api/v1/talent/people/${secretaryPerson}/scores`, { portraitId, scoredOn: today, scores })).json().code,
    ).toBe('TALENT_OWN_ENTRY');
    // An earlier score of 50 is superseded by the later one.
    expect((await secretary.post(url, { portraitId, scoredOn: `${year - 1}-12-01`, scores: [{ code: 'skill', score: 50 }] })).statusCode).toBe(201);
    const res = await secretary.post(url, { portraitId, scoredOn: today, scores, note: '年度岗位画像评价' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ count: 7 });
    expect((await other.post(url, { portraitId, scoredOn: today, scores })).statusCode).toBe(404);
  });

  it('gives the weighted score, radar data and the missing mandatory certificate', async () => {
    const res = await secretary.get(`/api/v1/talent/people/${memberPerson.id}/match?portraitId=${portraitId}`);
    expect(res.statusCode).toBe(200);
    const m = res.json();
    // 92×20% + 85×10% + 80×5% + 78×5% + 90×25% + 86×10% + 88×25% = 87.9
    expect(m.match.score).toBe(87.9);
    expect(m.match.qualified).toBe(false);
    expect(m.match.gateFailures).toEqual([]);
    expect(m.match.missingCertificates).toHaveLength(1);
    expect(m.match.missingCertificates[0].requirement).toMatchObject({ name: '烟草物理检验工', mandatory: true });
    expect(m.match.radar).toHaveLength(7);
    expect(m.match.radar[0]).toEqual({ code: 'political', title: '政治素质', score: 92, weight: 0.2 });
    expect(m.match.explanation.map((e: { zh: string }) => e.zh).join('\n')).toContain('缺少必备证书 1 项');
    const skill = m.scores.find((s: { code: string }) => s.code === 'skill');
    expect(skill).toMatchObject({ score: 88, scoredOn: today, note: '年度岗位画像评价' });
    expect(skill.scoredBy).toBeTruthy();
    // Default criteria: 精英 needs the gates and certificates met, so no tier yet; the way there is named.
    expect(m.tier.criteria).toBe('default');
    expect(m.tier.decision.tier).toBeNull();
    expect(m.tier.decision.next).toBeTruthy();

    // The member reads their own match; a portrait that does not apply to a person is refused.
    const mine = await member.get(`/api/v1/talent/me/match?portraitId=${portraitId}`);
    expect(mine.json().match.score).toBe(87.9);
    expect((await member.get('/api/v1/talent/me')).json().portraits).toEqual([
      { id: portraitId, code: 'qi-physical', title: '质量检验员（物理检验）', score: 87.9, qualified: false, unscored: 0 },
    ]);
    expect((await secretary.get(`/api/v1/talent/people/${outsider.id}/match?portraitId=${portraitId}`)).statusCode).toBe(404);
    expect((await admin.get(`/api/v1/talent/people/${outsider.id}/match?portraitId=${portraitId}`)).json().code).toBe(
      'TALENT_PORTRAIT_NOT_APPLICABLE',
    );
  });
});

describe('tiers and the reserve pool', () => {
  let entryId: string;

  it('keeps a pool whose review falls due, suggests removal when criteria fail, and never removes by itself', async () => {
    const enteredOn = addMonths(today, -13);
    const entered = await secretary.post('/api/v1/talent/reserve', { personId: memberPerson.id, portraitId, enteredOn, direction: '工艺质量', targetTier: 'elite' });
    expect(entered.statusCode).toBe(201);
    entryId = entered.json().id;
    expect(entered.json().dueOn).toBe(addMonths(enteredOn, 12));
    expect(entered.json().check.met).toBe(false);
    expect((await secretary.post('/api/v1/talent/reserve', { personId: memberPerson.id, portraitId, enteredOn })).json().code).toBe('TALENT_RESERVE_EXISTS');
    const colleagueEntry = await secretary.post('/api/v1/talent/reserve', { personId: colleague.id, portraitId, enteredOn: today });
    expect(colleagueEntry.statusCode).toBe(201);

    const pool = (await secretary.get(`/api/v1/talent/reserve?orgId=${zs01}`)).json();
    expect(pool).toMatchObject({ total: 2, due: 1, suggestRemoval: 2 });
    const names = pool.items.map((i: { person: { name: string } }) => i.person.name);
    expect(names).toEqual([...names].sort());
    const item = pool.items.find((i: { id: string }) => i.id === entryId);
    expect(item.review).toMatchObject({ due: true, meetsCriteria: false, action: 'suggest_removal' });
    expect(item.review.explanation.map((e: { zh: string }) => e.zh).join('\n')).toContain('系统不会自动移出');
    expect(item.person.idNumber).toContain('*');

    // The missing certificate is recorded: the entry now meets its criteria and is simply due.
    const cert = await secretary.post(`/api/v1/talent/people/${memberPerson.id}/credentials`, {
      kind: 'certificate',
      name: '烟草物理检验工',
      level: 'senior_worker',
      obtainedOn: `${year - 1}-06-01`,
    });
    expect(cert.statusCode).toBe(201);
    const after = (await secretary.get(`/api/v1/talent/reserve?orgId=${zs01}`)).json();
    expect(after.items.find((i: { id: string }) => i.id === entryId).review).toMatchObject({ due: true, meetsCriteria: true, action: 'review' });
  });

  it('records a review: keep moves the next review date, remove needs a reason', async () => {
    expect((await secretary.post(`/api/v1/talent/reserve/${entryId}/reviews`, { reviewedOn: today, outcome: 'remove' })).statusCode).toBe(400);
    expect((await other.post(`/api/v1/talent/reserve/${entryId}/reviews`, { reviewedOn: today, outcome: 'keep' })).statusCode).toBe(404);
    const kept = await secretary.post(`/api/v1/talent/reserve/${entryId}/reviews`, { reviewedOn: today, outcome: 'keep', reason: '年度复核，继续培养' });
    expect(kept.statusCode).toBe(201);
    expect(kept.json()).toMatchObject({ status: 'active', nextReviewOn: addMonths(today, 12), meetsCriteria: true });
    const pool = (await secretary.get(`/api/v1/talent/reserve?orgId=${zs01}`)).json();
    expect(pool.items.find((i: { id: string }) => i.id === entryId)).toMatchObject({
      lastReviewedOn: today,
      review: { due: false, dueOn: addMonths(today, 12), action: 'keep' },
    });
    expect(pool.due).toBe(0);

    const colleagueEntry = pool.items.find((i: { person: { id: string } }) => i.person.id === colleague.id);
    const removed = await secretary.post(`/api/v1/talent/reserve/${colleagueEntry.id}/reviews`, { reviewedOn: today, outcome: 'remove', reason: '岗位调整' });
    expect(removed.json()).toMatchObject({ status: 'removed', nextReviewOn: null });
    expect((await secretary.post(`/api/v1/talent/reserve/${colleagueEntry.id}/reviews`, { reviewedOn: today, outcome: 'keep' })).json().code).toBe(
      'TALENT_RESERVE_STATE_INVALID',
    );
    expect((await secretary.get(`/api/v1/talent/reserve?orgId=${zs01}&status=removed`)).json().items[0]).toMatchObject({ removedReason: '岗位调整' });
    const detail = (await secretary.get(`/api/v1/talent/reserve/${entryId}`)).json();
    expect(detail.reviews).toEqual([
      expect.objectContaining({ reviewedOn: today, outcome: 'keep', reason: '年度复核，继续培养', meetsCriteria: true, nextReviewOn: addMonths(today, 12) }),
    ]);
    expect(detail.review).toMatchObject({ due: false, action: 'keep' });
    expect((await other.get(`/api/v1/talent/reserve/${entryId}`)).statusCode).toBe(404);
    const audit = await rows<{ action: string }>(t.database.db, sql`SELECT action FROM audit_event WHERE entity_id = ${entryId} ORDER BY seq`);
    expect(audit.map((a) => a.action)).toEqual(['talent_reserve.enter', 'talent_reserve.keep']);
  });

  it('assigns a tier with what the criteria say beside it, and lists tiers by name', async () => {
    const res = await secretary.put(`/api/v1/talent/people/${memberPerson.id}/tier`, {
      tier: 'elite',
      portraitId,
      assignedOn: today,
      reason: '支部委员会研究认定',
    });
    expect(res.statusCode).toBe(200);
    // Match 87.9, qualified, a 中级 title: the default criteria reach 精英 too.
    expect(res.json()).toMatchObject({ tier: 'elite', suggested: { tier: 'elite' } });
    expect((await secretary.put(`/api/v1/talent/people/${secretaryPerson}/tier`, { tier: 'rising', assignedOn: today, reason: '自荐' })).json().code).toBe(
      'TALENT_OWN_ENTRY',
    );
    const list = (await secretary.get(`/api/v1/talent/tiers?orgId=${zs01}`)).json();
    expect(list.items).toEqual([expect.objectContaining({ tier: 'elite', person: expect.objectContaining({ id: memberPerson.id }) })]);
    expect((await member.get('/api/v1/talent/me')).json().tier).toMatchObject({ tier: 'elite' });
    const match = (await secretary.get(`/api/v1/talent/people/${memberPerson.id}/match?portraitId=${portraitId}`)).json();
    expect(match.tier.assigned).toMatchObject({ tier: 'elite', reason: '支部委员会研究认定' });
  });
});

describe('metrics for ratings', () => {
  it('offer the pool coverage and the credentials gained of one branch', async () => {
    const registry = buildMetricRegistry();
    const q = { orgWhere: sql`o.id = ${zs01}`, from: `${year}-01-01`, to: `${year + 1}-01-01` };
    const values = await registry.compute(t.database.db, q, [
      { key: 'talent.pool_coverage', params: {} },
      { key: 'talent.credentials_gained', params: {} },
    ]);
    const members = (await one<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM person WHERE org_node_id = ${zs01} AND party_status IN ('full', 'probationary')`,
    ))!.n;
    // The member is in the pool and holds a tier; the colleague was removed from the pool today.
    expect(values.get('talent.pool_coverage')!.get(zs01)).toEqual({
      value: Math.round((1 / members) * 10_000) / 10_000,
      sourceIds: [memberPerson.id],
      detail: { total: members },
    });
    // Obtained this year: the competition result recorded today (and the certificate if dated this year).
    const gained = await one<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM talent_credential WHERE person_id = ${memberPerson.id} AND obtained_on >= ${`${year}-01-01`}::date`,
    );
    expect(values.get('talent.credentials_gained')!.get(zs01)).toEqual({ value: gained!.n, sourceIds: [memberPerson.id] });
    expect(registry.get('talent.pool_coverage')).toMatchObject({ unit: 'ratio', family: 'talent.pool' });
  });
});

describe('who may do what with talent profiles', () => {
  const ACTORS = ['anonymous', 'member', 'other', 'secretary', 'admin', 'sysadmin', 'secadmin', 'auditor'] as const;
  type ActorName = (typeof ACTORS)[number];
  const clients = {} as Record<ActorName, Client>;
  beforeAll(async () => {
    for (const a of ACTORS) clients[a] = a === 'anonymous' ? t.anonymous() : await t.login(a);
  });

  const cases: { name: string; call: (c: Client) => Promise<{ statusCode: number }>; expect: Record<ActorName, number> }[] = [
    {
      name: 'read one’s own talent profile',
      call: (c) => c.get('/api/v1/talent/me/credentials'),
      expect: { anonymous: 401, member: 200, other: 200, secretary: 200, admin: 200, sysadmin: 403, secadmin: 403, auditor: 403 },
    },
    {
      name: 'list portraits',
      call: (c) => c.get('/api/v1/talent/portraits'),
      expect: { anonymous: 401, member: 403, other: 200, secretary: 200, admin: 200, sysadmin: 403, secadmin: 403, auditor: 403 },
    },
    {
      name: 'copy a built-in portrait into ZS-01',
      call: (c) => c.post('/api/v1/talent/portraits/copy', { scopeOrgId: zs01, codes: ['qi-physical'] }),
      expect: { anonymous: 401, member: 403, other: 403, secretary: 201, admin: 201, sysadmin: 403, secadmin: 403, auditor: 403 },
    },
    {
      name: 'read a ZS-01 member’s credentials',
      call: (c) => c.get(`/api/v1/talent/people/${memberPerson.id}/credentials`),
      expect: { anonymous: 401, member: 403, other: 404, secretary: 200, admin: 200, sysadmin: 403, secadmin: 403, auditor: 403 },
    },
    {
      name: 'add a credential for a ZS-01 member',
      call: (c) => c.post(`/api/v1/talent/people/${colleague.id}/credentials`, { kind: 'training', name: `矩阵培训`, obtainedOn: '2024-03-01' }),
      expect: { anonymous: 401, member: 403, other: 404, secretary: 201, admin: 201, sysadmin: 403, secadmin: 403, auditor: 403 },
    },
    {
      name: 'check a credentials import',
      call: async (c) =>
        c.request({
          method: 'POST',
          url: '/api/v1/talent/credential-imports',
          ...multipartFile(await credentialXlsx([{ personName: colleague.name, idNumber: colleague.idNumber, kind: '培训', name: '矩阵', obtainedOn: '2024-01-01' }]), 'a.xlsx', 'file', { mode: 'check' }),
        }),
      expect: { anonymous: 401, member: 403, other: 200, secretary: 200, admin: 200, sysadmin: 403, secadmin: 403, auditor: 403 },
    },
    {
      name: 'read a ZS-01 member’s match',
      call: (c) => c.get(`/api/v1/talent/people/${memberPerson.id}/match?portraitId=${portraitId}`),
      expect: { anonymous: 401, member: 403, other: 404, secretary: 200, admin: 200, sysadmin: 403, secadmin: 403, auditor: 403 },
    },
    {
      name: 'score a ZS-01 member',
      call: (c) => c.post(`/api/v1/talent/people/${colleague.id}/scores`, { portraitId, scoredOn: today, scores: [{ code: 'skill', score: 70 }] }),
      expect: { anonymous: 401, member: 403, other: 404, secretary: 201, admin: 201, sysadmin: 403, secadmin: 403, auditor: 403 },
    },
    {
      name: 'list ZS-01’s reserve pool',
      call: (c) => c.get(`/api/v1/talent/reserve?orgId=${zs01}`),
      expect: { anonymous: 401, member: 403, other: 403, secretary: 200, admin: 200, sysadmin: 403, secadmin: 403, auditor: 403 },
    },
    {
      name: 'read a ZS-01 reserve pool entry',
      call: async (c) => {
        const entry = await one<{ id: string }>(
          t.database.db,
          sql`SELECT id FROM talent_reserve_entry WHERE person_id = ${memberPerson.id} AND status = 'active'`,
        );
        return c.get(`/api/v1/talent/reserve/${entry!.id}`);
      },
      expect: { anonymous: 401, member: 403, other: 404, secretary: 200, admin: 200, sysadmin: 403, secadmin: 403, auditor: 403 },
    },
    {
      name: 'list ZS-01’s tiers',
      call: (c) => c.get(`/api/v1/talent/tiers?orgId=${zs01}`),
      expect: { anonymous: 401, member: 403, other: 403, secretary: 200, admin: 200, sysadmin: 403, secadmin: 403, auditor: 403 },
    },
    {
      name: 'assign a tier to a ZS-01 member',
      call: (c) => c.put(`/api/v1/talent/people/${colleague.id}/tier`, { tier: 'rising', assignedOn: today, reason: '矩阵测试' }),
      expect: { anonymous: 401, member: 403, other: 404, secretary: 200, admin: 200, sysadmin: 403, secadmin: 403, auditor: 403 },
    },
  ];

  describe.each(cases)('$name', ({ call, expect: expected }) => {
    it.each(ACTORS)('as %s', async (actor) => {
      expect((await call(clients[actor])).statusCode).toBe(expected[actor]);
    });
  });
});
