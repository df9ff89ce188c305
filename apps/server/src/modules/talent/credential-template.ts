import type { Writable } from 'node:stream';
import { CREDENTIAL_COLUMNS, CREDENTIAL_KINDS, CREDENTIAL_LEVELS, withCheckDigit, type CredentialColumnKey } from '@zhibu/shared';
import ExcelJS from 'exceljs';
import { CREDENTIAL_SHEET } from './credential-sheet';

// The credentials import template: the sheet to fill (headers of CREDENTIAL_COLUMNS, required ones
// marked *, drop-downs for 类别 and 等级, ID numbers as text), instructions and an example.

const VALIDATED_ROWS = 5000;
const WIDTHS: Record<CredentialColumnKey, number> = {
  personName: 12,
  idNumber: 22,
  kind: 12,
  name: 30,
  level: 12,
  issuer: 24,
  obtainedOn: 14,
  expiresOn: 14,
  result: 12,
  certificateNo: 20,
};
const HINTS: Record<CredentialColumnKey, string> = {
  personName: '与人员信息中的姓名一致',
  idNumber: '18位身份证号，按身份证号匹配人员（只能匹配您管理范围内的人员）',
  kind: `从下拉列表选择：${CREDENTIAL_KINDS.map((k) => k.zh).join('、')}`,
  name: '证书、职称、培训、荣誉或竞赛的名称，如“卷烟商品营销职业技能等级证书”“工程师”',
  level: '职称必填（初级、中级、副高级、正高级）；技能等级（初级工…高级技师）或授予级别（国家级…部门级）选填',
  issuer: '发证机关或授予单位',
  obtainedOn: 'YYYY-MM-DD，如 2021-07-01；只有年月时填 2021-07',
  expiresOn: '长期有效的不填；只有年月时按该月最后一天计',
  result: '竞赛的名次或成绩，如“一等奖”“第3名”',
  certificateNo: '证书编号',
};
const NOTES = [
  '1. 请在“证书资格”工作表中从第2行起逐行填写，每行一项证书、职称、培训、荣誉或竞赛成绩。不要修改表头文字；列的顺序可以调整。',
  '2. 表头带 * 的列必须填写。类别、等级请从下拉列表中选择。',
  '3. 系统按身份证号匹配人员，姓名须与人员信息一致；只能为您管理范围内的人员导入。',
  '4. 可以先“校验”再“导入”：只要有一行有误，整批都不会写入。请按校验结果修改后重新上传。',
  '5. 与已登记记录相同（同一人员、类别、名称、取得日期）的行会被标出，请删除后再导入。',
];

const columnLetter = (n: number) => String.fromCharCode(64 + n);
export const templateHeader = (c: (typeof CREDENTIAL_COLUMNS)[number]) => (c.required ? `${c.header}*` : c.header);

export async function writeCredentialTemplate(out: Writable): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet(CREDENTIAL_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = CREDENTIAL_COLUMNS.map((c) => ({
    header: templateHeader(c),
    key: c.key,
    width: WIDTHS[c.key],
    style: c.key === 'idNumber' || c.key === 'certificateNo' ? { numFmt: '@' } : c.key === 'obtainedOn' || c.key === 'expiresOn' ? { numFmt: 'yyyy-mm-dd' } : undefined,
  }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  CREDENTIAL_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.required ? 'FFFDE2E2' : 'FFEFEFEF' } };
    cell.note = HINTS[c.key];
  });
  header.commit();
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  const lists: [CredentialColumnKey, string[]][] = [
    ['kind', CREDENTIAL_KINDS.map((k) => k.zh)],
    ['level', CREDENTIAL_LEVELS.map((l) => l.zh)],
  ];
  for (const [key, options] of lists) {
    const i = CREDENTIAL_COLUMNS.findIndex((c) => c.key === key);
    const col = columnLetter(i + 1);
    const title = CREDENTIAL_COLUMNS[i]!.header;
    validations.add(`${col}2:${col}${VALIDATED_ROWS + 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${options.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: '输入有误',
      error: `请从下拉列表中选择${title}`,
      showInputMessage: true,
      promptTitle: title,
      prompt: '请从下拉列表中选择',
    });
  }
  ws.commit();

  const notes = wb.addWorksheet('填写说明');
  notes.columns = [{ width: 20 }, { width: 10 }, { width: 90 }];
  notes.addRow(['证书资格导入说明']).font = { bold: true, size: 14 };
  for (const line of NOTES) notes.addRow([line]);
  notes.addRow([]);
  notes.addRow(['列名', '是否必填', '填写要求']).font = { bold: true };
  for (const c of CREDENTIAL_COLUMNS) notes.addRow([c.header, c.required ? '必填' : '选填', HINTS[c.key]]);
  notes.commit();

  const example = wb.addWorksheet('示例（不导入）');
  example.columns = CREDENTIAL_COLUMNS.map((c) => ({ header: templateHeader(c), key: c.key, width: WIDTHS[c.key] }));
  example.getRow(1).font = { bold: true };
  const exampleRow: Record<CredentialColumnKey, string> = {
    personName: '张三',
    idNumber: withCheckDigit('11010119900307451'),
    kind: '证书',
    name: '烟草制品质量检验员',
    level: '技师',
    issuer: '广西壮族自治区烟草专卖局',
    obtainedOn: '2021-07-01',
    expiresOn: '2026-06-30',
    result: '',
    certificateNo: 'GX2021070001',
  };
  example.addRow(exampleRow);
  example.commit();
  await wb.commit();
}
