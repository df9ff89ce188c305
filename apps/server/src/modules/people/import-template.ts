import type { Writable } from 'node:stream';
import { BUSINESS_UNIT_TYPES, ORG_TYPES, withCheckDigit, type BusinessUnitType, type OrgType } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { inScope } from '../../platform/access';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { escapeCell } from '../../platform/xlsx';
import { businessUnitCodes, writableOrgCodes, type CodeListRow } from './import.repository';
import { ROSTER_COLUMNS, templateHeader, type RosterColumn, type RosterKey } from './rules/roster-columns';

export const ROSTER_SHEET = '人员名单';
/** Rows of the roster sheet that get the drop-down lists (a typing aid; every upload is checked anyway). */
const VALIDATED_ROWS = 10_000;

const NOTES = [
  '1. 请在“人员名单”工作表中从第2行起逐行填写，每行一人。不要修改表头文字；列的顺序可以调整，不需要的选填列可以删除。',
  '2. 表头带 * 的列必须填写。性别、学历、政治面貌请从下拉列表中选择。',
  '3. 日期请填写为 YYYY-MM-DD（如 2021-07-01），或直接使用 Excel 的日期单元格。',
  '4. 身份证号、手机号列已设为文本格式。从其他表格粘贴时请“选择性粘贴→值”，避免身份证号变成科学计数法而丢失末尾数字。',
  '5. 组织编码和单位编码见“组织编码”“单位编码”工作表；“组织编码”只列出您有权录入人员的组织。人员编入党委、党总支或党支部，党小组另填在“党小组编码”列。',
  '6. “示例（不导入）”工作表中有一行填写示例，该表不会被导入。',
  '7. 上传后系统先校验全部数据；只要有一行有误，整批都不会写入。请下载校验报告，修改后重新上传。',
];

type Lists = { orgs: CodeListRow[]; units: CodeListRow[] };

/** The roster import template for the actor: the sheet to fill, instructions, an example and code lists. */
export async function importTemplate(
  ex: Executor,
  ctx: RequestContext,
): Promise<{ fileName: string; write: (out: Writable) => Promise<void> }> {
  const lists: Lists = {
    orgs: await writableOrgCodes(ex, inScope(ctx.actor, 'person:write', sql`o.path`)),
    units: await businessUnitCodes(ex),
  };
  return { fileName: '人员信息导入模板.xlsx', write: (out) => writeTemplate(out, lists) };
}

const columnLetter = (n: number) => {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};

function columnStyle(c: RosterColumn): Partial<ExcelJS.Style> | undefined {
  // Text format keeps 18-digit ID numbers and leading zeros intact when typed.
  if (c.kind === 'idNumber' || c.kind === 'mobile' || c.kind === 'code') return { numFmt: '@' };
  if (c.kind === 'date') return { numFmt: 'yyyy-mm-dd' };
  return undefined;
}

export async function writeTemplate(out: Writable, lists: Lists): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });

  const roster = wb.addWorksheet(ROSTER_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  roster.columns = ROSTER_COLUMNS.map((c) => ({ header: templateHeader(c), key: c.key, width: c.width, style: columnStyle(c) }));
  const header = roster.getRow(1);
  header.font = { bold: true };
  ROSTER_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.required ? 'FFFDE2E2' : 'FFEFEFEF' } };
    cell.note = c.hint;
  });
  header.commit();
  const validations = (roster as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
  ROSTER_COLUMNS.forEach((c, i) => {
    if (c.kind !== 'enum') return;
    const col = columnLetter(i + 1);
    validations.add(`${col}2:${col}${VALIDATED_ROWS + 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${c.options!.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: '输入有误',
      error: `请从下拉列表中选择${c.header}`,
      showInputMessage: true,
      promptTitle: c.header,
      prompt: '请从下拉列表中选择',
    });
  });
  roster.commit();

  const notes = wb.addWorksheet('填写说明');
  notes.columns = [{ width: 20 }, { width: 10 }, { width: 90 }];
  notes.addRow(['人员信息导入说明']).font = { bold: true, size: 14 };
  for (const line of NOTES) notes.addRow([line]);
  notes.addRow([]);
  notes.addRow(['列名', '是否必填', '填写要求']).font = { bold: true };
  for (const c of ROSTER_COLUMNS) notes.addRow([c.header, c.required ? '必填' : '选填', c.hint]);
  notes.commit();

  const example = wb.addWorksheet('示例（不导入）');
  example.columns = ROSTER_COLUMNS.map((c) => ({ header: templateHeader(c), key: c.key, width: c.width }));
  example.getRow(1).font = { bold: true };
  example.addRow(exampleRow(lists.orgs));
  example.commit();

  const orgs = wb.addWorksheet('组织编码', { views: [{ state: 'frozen', ySplit: 1 }] });
  orgs.columns = [
    { header: '组织编码', width: 16 },
    { header: '组织名称', width: 40 },
    { header: '类型', width: 10 },
    { header: '上级组织编码', width: 16 },
  ];
  orgs.getRow(1).font = { bold: true };
  for (const o of lists.orgs) {
    orgs.addRow([o.code, o.name, ORG_TYPES.label(o.type as OrgType), o.parentCode].map(escapeCell)).commit();
  }
  orgs.commit();

  const units = wb.addWorksheet('单位编码', { views: [{ state: 'frozen', ySplit: 1 }] });
  units.columns = [
    { header: '单位编码', width: 16 },
    { header: '单位名称', width: 30 },
    { header: '类型', width: 10 },
    { header: '上级单位编码', width: 16 },
  ];
  units.getRow(1).font = { bold: true };
  for (const u of lists.units) {
    units.addRow([u.code, u.name, BUSINESS_UNIT_TYPES.label(u.type as BusinessUnitType), u.parentCode].map(escapeCell)).commit();
  }
  units.commit();
  await wb.commit();
}

/** A full member placed in the first branch the actor may fill (codes from the actor's own lists). */
function exampleRow(orgs: CodeListRow[]): Record<RosterKey, string> {
  const branch = orgs.find((o) => o.type === 'branch') ?? orgs.find((o) => o.type !== 'group');
  const group = branch ? orgs.find((o) => o.type === 'group' && o.parentCode === branch.code) : undefined;
  return {
    name: '张三',
    gender: '男',
    ethnicity: '汉族',
    birthDate: '1990-03-07',
    idNumber: withCheckDigit('11010119900307451'),
    phone: '13800000000',
    education: '大学本科',
    jobPost: '操作工',
    title: '技师',
    businessUnitCode: branch?.unitCode ?? '',
    orgCode: branch?.code ?? 'ZB-01',
    partyGroupCode: group?.code ?? '',
    joinedWorkOn: '2012-07-01',
    partyStatus: '正式党员',
    appliedOn: '2014-03-01',
    activistOn: '2014-09-01',
    developmentOn: '2015-05-01',
    admittedOn: '2015-07-01',
    confirmedOn: '2016-07-01',
  };
}
