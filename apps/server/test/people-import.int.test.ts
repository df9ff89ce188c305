import { withCheckDigit } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/platform/audit';
import { one, rows } from '../src/platform/db';
import { multipartFile, rosterXlsx, sheetRows, type RosterLine } from './support/roster';
import { createTestApp, type Client, type TestApp } from './support/test-app';

let t: TestApp;
let secretary: Client;
beforeAll(async () => {
  t = await createTestApp();
  secretary = await t.login('secretary');
});
afterAll(async () => t?.close());

const wrongCheck = (id: string) => id.slice(0, 17) + (id[17] === '1' ? '2' : '1');

/** A valid full member of ZS-01 (the secretary's branch); `n` makes the ID number unique. */
function member(n: number, patch: RosterLine = {}): RosterLine {
  // Region 110105 is not used by the demo data; an odd 17th digit makes a man.
  const seq = String(2 * n + 1).padStart(3, '0');
  return {
    name: `导入测试${n}`,
    gender: '男',
    ethnicity: '汉族',
    birthDate: '1990-03-07',
    idNumber: withCheckDigit(`11010519900307${seq}`),
    phone: '13800001111',
    education: '大学本科',
    jobPost: '操作工',
    title: '技师',
    businessUnitCode: 'BU-ZS-01',
    orgCode: 'ZS-01',
    partyGroupCode: 'ZS-01-G1',
    joinedWorkOn: '2012-07-01',
    partyStatus: '正式党员',
    appliedOn: '2014-03-01',
    activistOn: '2014-09-01',
    developmentOn: '2015-05-01',
    admittedOn: '2015-07-01',
    confirmedOn: '2016-07-01',
    ...patch,
  };
}

async function upload(c: Client, content: Buffer, fileName = '人员名单.xlsx') {
  const { payload, headers } = multipartFile(content, fileName);
  return c.request({ method: 'POST', url: '/api/v1/people/imports', payload, headers });
}

/** Uploads and waits for the validation job; returns the import as GET shows it. */
async function uploadAndValidate(c: Client, lines: RosterLine[], opts?: Parameters<typeof rosterXlsx>[1]) {
  const res = await upload(c, await rosterXlsx(lines, opts));
  expect(res.statusCode, res.body).toBe(202);
  const { importId, jobId } = res.json();
  await t.jobs.drain();
  const job = (await c.get(`/api/v1/jobs/${jobId}`)).json();
  const view = (await c.get(`/api/v1/people/imports/${importId}`)).json();
  return { importId, job, view };
}

async function confirmAndWait(c: Client, importId: string) {
  const res = await c.post(`/api/v1/people/imports/${importId}/confirm`);
  await t.jobs.drain();
  return res;
}

const peopleCount = async () =>
  (await one<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM person`))!.n;

const counts = async () => {
  const r = await one<{ people: number; periods: number; history: number; audit: number }>(
    t.database.db,
    sql`SELECT (SELECT count(*) FROM person)::int AS people, (SELECT count(*) FROM membership_period)::int AS periods,
               (SELECT count(*) FROM person_history)::int AS history,
               (SELECT count(*) FROM audit_event WHERE action = 'person.import')::int AS audit`,
  );
  return r!;
};

describe('roster import template', () => {
  it('downloads with Chinese headers, drop-down lists, instructions, an example and the codes in scope', async () => {
    const res = await secretary.get('/api/v1/people/import/template');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('人员信息导入模板.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['人员名单', '填写说明', '示例（不导入）', '组织编码', '单位编码']);
    const sheet = wb.getWorksheet('人员名单')!;
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    expect(headers.slice(0, 5)).toEqual(['姓名*', '性别*', '民族', '出生日期', '身份证号*']);
    expect(headers).toContain('所在党组织编码*');
    expect(headers).toContain('政治面貌*');
    const dv = (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    const col = (h: string) => String.fromCharCode(65 + headers.indexOf(h));
    expect(dv[`${col('性别*')}2`]).toMatchObject({ type: 'list', formulae: ['"男,女"'] });
    expect(dv[`${col('学历')}500`]).toMatchObject({ type: 'list', formulae: ['"研究生,大学本科,大学专科,中专,高中,初中及以下"'] });
    expect(dv[`${col('政治面貌*')}2`]?.formulae[0]).toContain('正式党员');
    const notes = await sheetRows(res.rawPayload, '填写说明');
    expect(notes.flat().join('\n')).toContain('YYYY-MM-DD');
    const codes = (await sheetRows(res.rawPayload, '组织编码')).map((r) => r[0]);
    expect(codes).toEqual(expect.arrayContaining(['ZS-01', 'ZS-01-G1']));
    expect(codes).not.toContain('JB-01');
    const example = await sheetRows(res.rawPayload, '示例（不导入）');
    expect(example[1]).toContain('ZS-01');
  });

  it('is refused to accounts without person:import', async () => {
    const res = await (await t.login('member')).get('/api/v1/people/import/template');
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
  });
});

describe('roster import', () => {
  it('refuses files that are not .xlsx with IMPORT_FILE_INVALID', async () => {
    const csv = await upload(secretary, Buffer.from('姓名,性别\n张三,男\n'), 'roster.csv');
    expect(csv.statusCode).toBe(400);
    expect(csv.json().code).toBe('IMPORT_FILE_INVALID');
    const renamed = await upload(secretary, Buffer.from('this is not a zip archive'), 'roster.xlsx');
    expect(renamed.statusCode).toBe(400);
    expect(renamed.json()).toMatchObject({ code: 'IMPORT_FILE_INVALID', message: expect.stringContaining('.xlsx') });
    const json = await secretary.post('/api/v1/people/imports', { file: 'x' });
    expect(json.statusCode).toBe(400);
    expect(json.json().code).toBe('IMPORT_FILE_INVALID');
  });

  it('refuses a roster with bad rows, reporting each problem by row and column, and writes nothing', async () => {
    const existing = await one<{ idNumber: string; gender: string }>(
      t.database.db,
      sql`SELECT p.id_number AS "idNumber", CASE p.gender WHEN 'male' THEN '男' ELSE '女' END AS gender
          FROM person p JOIN org_node o ON o.id = p.org_node_id WHERE o.code = 'JB-01' LIMIT 1`,
    );
    const before = await counts();
    const lines = [
      member(1), // row 2: fine, but the batch is all or nothing
      member(2, { idNumber: wrongCheck(withCheckDigit('11010519900307005')) }), // 3: bad check character
      member(3, { orgCode: 'NOPE-99', partyGroupCode: null }), // 4: unknown org
      member(4), // 5: same ID as row 6
      member(4, { name: '重复者' }), // 6
      // 7: already registered (outside the secretary's scope)
      member(5, { idNumber: existing!.idNumber, gender: existing!.gender, birthDate: null }),
      member(6, { name: null }), // 8: missing name
      member(7, { admittedOn: '2023-02-30' }), // 9: impossible date
      member(8, { orgCode: 'JB-01', partyGroupCode: null }), // 10: outside the secretary's scope
      member(9, { partyGroupCode: 'ZS-02-G1' }), // 11: group of another branch
      member(10, { businessUnitCode: 'BU-NOPE' }), // 12: unknown business unit
      member(11, { orgCode: 'ZS-01-G2', partyGroupCode: null }), // 13: a Party group cannot hold people
      member(12, { gender: '女' }), // 14: contradicts the ID number
    ];
    const { importId, job, view } = await uploadAndValidate(secretary, lines);
    expect(job.state).toBe('succeeded');
    expect(job.progress).toEqual({ done: 13, total: 13 });
    expect(view).toMatchObject({ id: importId, state: 'invalid', fileName: '人员名单.xlsx', totalRows: 13, invalidRows: 12, committedAt: null });
    const byRow = (rowNo: number) => view.errors.filter((e: { rowNo: number }) => e.rowNo === rowNo);
    expect(byRow(2)).toEqual([]);
    expect(byRow(3)).toEqual([{ rowNo: 3, field: 'idNumber', message: '身份证号：校验位不正确，请核对号码' }]);
    expect(byRow(4)).toEqual([
      { rowNo: 4, field: 'orgCode', message: '所在党组织编码：“NOPE-99”不存在或不在您的管理范围内' },
    ]);
    expect(byRow(5)).toEqual([{ rowNo: 5, field: 'idNumber', message: '身份证号：与本文件第6行重复' }]);
    expect(byRow(6)).toEqual([{ rowNo: 6, field: 'idNumber', message: '身份证号：与本文件第5行重复' }]);
    // The holder is outside the secretary's scope: the name is not disclosed.
    expect(byRow(7)).toEqual([{ rowNo: 7, field: 'idNumber', message: '身份证号：系统中已有此身份证号的人员，请勿重复导入' }]);
    expect(byRow(8)).toEqual([{ rowNo: 8, field: 'name', message: '姓名：必须填写' }]);
    expect(byRow(9)).toEqual([
      { rowNo: 9, field: 'admittedOn', message: '入党日期：“2023-02-30”不是有效日期，请按 YYYY-MM-DD 填写或使用 Excel 日期' },
    ]);
    expect(byRow(10)).toEqual([
      { rowNo: 10, field: 'orgCode', message: '所在党组织编码：“JB-01”不存在或不在您的管理范围内' },
    ]);
    expect(byRow(11)).toEqual([
      { rowNo: 11, field: 'partyGroupCode', message: '党小组编码：“ZS-02-G1”不存在、已撤销或不属于所填的党组织' },
    ]);
    expect(byRow(12)).toEqual([{ rowNo: 12, field: 'businessUnitCode', message: '所在单位编码：“BU-NOPE”不存在或已停用' }]);
    expect(byRow(13)[0].message).toMatch(/^所在党组织编码：“ZS-01-G2”是党小组/);
    expect(byRow(14)).toEqual([{ rowNo: 14, field: 'gender', message: '性别：性别与身份证号不一致' }]);

    const refused = await secretary.post(`/api/v1/people/imports/${importId}/confirm`);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'IMPORT_HAS_ERRORS', message: '导入文件有12行错误，请下载校验报告修改后重新上传' });
    await t.jobs.drain();
    expect(await counts()).toEqual(before);

    const report = await secretary.get(`/api/v1/people/imports/${importId}/report.xlsx`);
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-type']).toContain('spreadsheetml');
    const lines2 = await sheetRows(report.rawPayload);
    expect(lines2[0]).toEqual(['行号', '列', '填写内容', '错误说明']);
    expect(lines2).toContainEqual([9, '入党日期', '2023-02-30', expect.stringContaining('不是有效日期')]);
    expect(lines2).toContainEqual([4, '所在党组织编码', 'NOPE-99', expect.stringContaining('不存在')]);
    expect(lines2).toContainEqual([8, '姓名', undefined, '姓名：必须填写']);
    expect(lines2).toHaveLength(1 + 12);
  });

  it('names the holder of a registered ID number when the importer may see that person', async () => {
    const existing = await one<{ idNumber: string; name: string }>(
      t.database.db,
      sql`SELECT p.id_number AS "idNumber", p.name FROM person p JOIN org_node o ON o.id = p.org_node_id WHERE o.code = 'ZS-01' LIMIT 1`,
    );
    const { view } = await uploadAndValidate(secretary, [member(20, { idNumber: existing!.idNumber, gender: null })]);
    const id = view.errors.find((e: { field: string }) => e.field === 'idNumber');
    expect(id.message).toBe(`身份证号：系统中已有此身份证号的人员（${existing!.name}），请勿重复导入`);
  });

  it('reports a missing required column and an empty sheet as problems of the whole file', async () => {
    const noId = await uploadAndValidate(secretary, [member(30)], {
      columns: ['name', 'gender', 'orgCode'],
    });
    expect(noId.view.state).toBe('invalid');
    expect(noId.view.errors).toEqual([{ rowNo: 0, field: 'file', message: '缺少必填列：身份证号、政治面貌' }]);
    const empty = await uploadAndValidate(secretary, []);
    expect(empty.view.errors).toEqual([{ rowNo: 0, field: 'file', message: '文件中没有可导入的数据行' }]);
    const confirm = await secretary.post(`/api/v1/people/imports/${empty.importId}/confirm`);
    expect(confirm.json().code).toBe('IMPORT_HAS_ERRORS');
  });

  it('imports a clean roster: people, membership periods, history and one audit entry each', async () => {
    const before = await counts();
    const lines = Array.from({ length: 30 }, (_, i) => member(100 + i));
    // Real Excel date cells and a non-member without dates or group.
    lines[1] = member(101, { admittedOn: new Date(Date.UTC(2015, 6, 1)), confirmedOn: new Date(Date.UTC(2016, 6, 1)) });
    lines[2] = member(102, {
      partyStatus: '群众',
      partyGroupCode: null,
      appliedOn: null,
      activistOn: null,
      developmentOn: null,
      admittedOn: null,
      confirmedOn: null,
    });
    const { importId, view } = await uploadAndValidate(secretary, lines);
    expect(view).toMatchObject({ state: 'validated', totalRows: 30, invalidRows: 0, errors: [] });

    const confirmed = await confirmAndWait(secretary, importId);
    expect(confirmed.statusCode).toBe(202);
    const job = (await secretary.get(`/api/v1/jobs/${confirmed.json().jobId}`)).json();
    expect(job).toMatchObject({ kind: 'people.import.commit', state: 'succeeded', progress: { done: 30, total: 30 } });
    const after = (await secretary.get(`/api/v1/people/imports/${importId}`)).json();
    expect(after.state).toBe('committed');
    expect(after.committedAt).toEqual(expect.any(String));
    expect(await counts()).toEqual({
      people: before.people + 30,
      periods: before.periods + 30,
      history: before.history + 30,
      audit: before.audit + 30,
    });

    const imported = await rows<{ name: string; status: string; group: string | null; unit: string; admitted: string | null; from: string; kind: string }>(
      t.database.db,
      sql`SELECT p.name, p.party_status AS status, g.code AS "group", bu.code AS unit, p.admitted_on AS admitted,
                 m.valid_from AS "from", h.kind
          FROM person p JOIN membership_period m ON m.person_id = p.id JOIN person_history h ON h.person_id = p.id
          LEFT JOIN org_node g ON g.id = p.party_group_id JOIN business_unit bu ON bu.id = p.business_unit_id
          WHERE p.name IN ('导入测试101', '导入测试102')`,
    );
    expect(imported).toEqual(
      expect.arrayContaining([
        { name: '导入测试101', status: 'full', group: 'ZS-01-G1', unit: 'BU-ZS-01', admitted: '2015-07-01', from: '2015-07-01', kind: 'imported' },
        { name: '导入测试102', status: 'none', group: null, unit: 'BU-ZS-01', admitted: null, from: '2012-07-01', kind: 'imported' },
      ]),
    );
    const audit = await one<{ entityId: string; diff: { after: Record<string, unknown> } }>(
      t.database.db,
      sql`SELECT entity_id AS "entityId", diff FROM audit_event WHERE action = 'person.import' ORDER BY seq DESC LIMIT 1`,
    );
    expect(audit!.diff.after).toMatchObject({ name: expect.stringMatching(/^导入测试/), orgNodeId: expect.any(String) });
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });
    // The people show in the secretary's list.
    const list = (await secretary.get('/api/v1/people?q=导入测试&pageSize=100')).json();
    expect(list.total).toBe(30);

    const again = await secretary.post(`/api/v1/people/imports/${importId}/confirm`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('IMPORT_STATE_INVALID');
  });

  it('re-checks at commit: an ID number registered after validation sends the batch back to invalid, nothing written', async () => {
    const lines = [member(200), member(201), member(202)];
    const { importId, view } = await uploadAndValidate(secretary, lines);
    expect(view.state, JSON.stringify(view.errors)).toBe('validated');
    // Someone registers the second person through the form meanwhile.
    const zs01 = await one<{ id: string }>(t.database.db, sql`SELECT id FROM org_node WHERE code = 'ZS-01'`);
    const created = await secretary.post('/api/v1/people', {
      name: '抢先录入',
      gender: 'male',
      idNumber: lines[1]!.idNumber,
      orgNodeId: zs01!.id,
      partyStatus: 'none',
    });
    expect(created.statusCode).toBe(201);
    const before = await counts();
    const confirmed = await confirmAndWait(secretary, importId);
    expect(confirmed.statusCode).toBe(202);
    const job = (await secretary.get(`/api/v1/jobs/${confirmed.json().jobId}`)).json();
    expect(job.state).toBe('failed');
    expect(job.error.code).toBe('IMPORT_HAS_ERRORS');
    const after = (await secretary.get(`/api/v1/people/imports/${importId}`)).json();
    expect(after).toMatchObject({ state: 'invalid', invalidRows: 1 });
    expect(after.errors).toEqual([
      { rowNo: 3, field: 'idNumber', message: '身份证号：系统中已有此身份证号的人员（抢先录入），请勿重复导入' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('rolls everything back when the commit fails half-way, and marks the batch failed with the reason', async () => {
    const lines = Array.from({ length: 8 }, (_, i) => member(300 + i));
    const { importId, view } = await uploadAndValidate(secretary, lines);
    expect(view.state, JSON.stringify(view.errors)).toBe('validated');
    // Fail after the people, periods and history are inserted: when the audit entries are written.
    await t.database.db.execute(sql.raw(`CREATE FUNCTION test_fail_import_audit() RETURNS trigger LANGUAGE plpgsql
      AS $$ BEGIN RAISE EXCEPTION 'simulated failure during the commit'; END $$`));
    await t.database.db.execute(sql.raw(`CREATE TRIGGER test_fail_import_audit BEFORE INSERT ON audit_event
      FOR EACH ROW WHEN (NEW.action = 'person.import') EXECUTE FUNCTION test_fail_import_audit()`));
    try {
      const before = await counts();
      const confirmed = await confirmAndWait(secretary, importId);
      const job = (await secretary.get(`/api/v1/jobs/${confirmed.json().jobId}`)).json();
      expect(job.state).toBe('failed');
      expect(await counts()).toEqual(before);
      expect(await peopleCount()).toBe(before.people);
      const after = (await secretary.get(`/api/v1/people/imports/${importId}`)).json();
      expect(after.state).toBe('failed');
      expect(after.errors).toEqual([{ rowNo: 0, field: 'file', message: '提交失败，本批次未写入任何人员，请稍后重试或联系管理员' }]);
      const retry = await secretary.post(`/api/v1/people/imports/${importId}/confirm`);
      expect(retry.json().code).toBe('IMPORT_STATE_INVALID');
    } finally {
      await t.database.db.execute(sql.raw('DROP TRIGGER test_fail_import_audit ON audit_event'));
      await t.database.db.execute(sql.raw('DROP FUNCTION test_fail_import_audit()'));
    }
  });

  it('shows a batch only to the account that uploaded it', async () => {
    const { importId } = await uploadAndValidate(secretary, [member(400)]);
    const admin = await t.login('admin');
    expect((await admin.get(`/api/v1/people/imports/${importId}`)).statusCode).toBe(404);
    expect((await admin.get(`/api/v1/people/imports/${importId}/report.xlsx`)).statusCode).toBe(404);
    expect((await admin.post(`/api/v1/people/imports/${importId}/confirm`)).statusCode).toBe(404);
    const member2 = await t.login('member');
    expect((await member2.get(`/api/v1/people/imports/${importId}`)).statusCode).toBe(403);
  });
});
