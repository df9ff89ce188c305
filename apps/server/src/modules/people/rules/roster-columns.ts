import { EDUCATION_LEVELS, GENDERS, LIMITS, PARTY_STATUSES } from '@zhibu/shared';

// The columns of the roster import template. The template, the reader, the row rules and the
// validation report all use this one list, so a header can never mean different things in two places.

export type RosterKey =
  | 'name'
  | 'gender'
  | 'ethnicity'
  | 'birthDate'
  | 'idNumber'
  | 'phone'
  | 'education'
  | 'jobPost'
  | 'title'
  | 'businessUnitCode'
  | 'orgCode'
  | 'partyGroupCode'
  | 'joinedWorkOn'
  | 'partyStatus'
  | 'appliedOn'
  | 'activistOn'
  | 'developmentOn'
  | 'admittedOn'
  | 'confirmedOn';

export type RosterKind = 'text' | 'enum' | 'date' | 'idNumber' | 'mobile' | 'code';

export type RosterColumn = {
  key: RosterKey;
  /** Header text without the required marker. */
  header: string;
  required: boolean;
  kind: RosterKind;
  max?: number;
  /** Chinese labels accepted for an enum column. */
  options?: readonly string[];
  width: number;
  /** One line for the instruction sheet. */
  hint: string;
};

const labels = (items: readonly { zh: string }[]) => items.map((i) => i.zh);

const DATE_HINT = '格式 YYYY-MM-DD（如 2021-07-01），也可直接使用 Excel 日期单元格';

export const ROSTER_COLUMNS: readonly RosterColumn[] = [
  { key: 'name', header: '姓名', required: true, kind: 'text', max: LIMITS.nameMax, width: 12, hint: '不超过50个字' },
  { key: 'gender', header: '性别', required: true, kind: 'enum', options: labels(GENDERS.items), width: 8, hint: '从下拉列表选择：男、女' },
  { key: 'ethnicity', header: '民族', required: false, kind: 'text', max: 20, width: 10, hint: '如 汉族' },
  { key: 'birthDate', header: '出生日期', required: false, kind: 'date', width: 14, hint: `${DATE_HINT}；不填时按身份证号推算` },
  {
    key: 'idNumber',
    header: '身份证号',
    required: true,
    kind: 'idNumber',
    width: 22,
    hint: '18位居民身份证号码，末位可为X；请保持单元格为文本格式，否则末尾数字会丢失',
  },
  { key: 'phone', header: '手机号', required: false, kind: 'mobile', width: 14, hint: '11位手机号码' },
  {
    key: 'education',
    header: '学历',
    required: false,
    kind: 'enum',
    options: labels(EDUCATION_LEVELS.items),
    width: 12,
    hint: `从下拉列表选择：${labels(EDUCATION_LEVELS.items).join('、')}`,
  },
  { key: 'jobPost', header: '岗位', required: false, kind: 'text', max: 50, width: 12, hint: '不超过50个字' },
  { key: 'title', header: '职称/技能等级', required: false, kind: 'text', max: 50, width: 14, hint: '不超过50个字' },
  {
    key: 'businessUnitCode',
    header: '所在单位编码',
    required: false,
    kind: 'code',
    width: 14,
    hint: '行政单位（车间、科室、班组）的编码，见“单位编码”表',
  },
  {
    key: 'orgCode',
    header: '所在党组织编码',
    required: true,
    kind: 'code',
    width: 16,
    hint: '人员所在党委、党总支或党支部的编码，见“组织编码”表；须在您的管理范围内',
  },
  {
    key: 'partyGroupCode',
    header: '党小组编码',
    required: false,
    kind: 'code',
    width: 14,
    hint: '须是所填党支部下的党小组，见“组织编码”表',
  },
  { key: 'joinedWorkOn', header: '参加工作日期', required: false, kind: 'date', width: 14, hint: DATE_HINT },
  {
    key: 'partyStatus',
    header: '政治面貌',
    required: true,
    kind: 'enum',
    options: labels(PARTY_STATUSES.items),
    width: 14,
    hint: `从下拉列表选择：${labels(PARTY_STATUSES.items).join('、')}`,
  },
  { key: 'appliedOn', header: '申请入党日期', required: false, kind: 'date', width: 14, hint: `${DATE_HINT}；入党申请人起必填` },
  { key: 'activistOn', header: '确定积极分子日期', required: false, kind: 'date', width: 16, hint: `${DATE_HINT}；入党积极分子起必填` },
  { key: 'developmentOn', header: '确定发展对象日期', required: false, kind: 'date', width: 16, hint: `${DATE_HINT}；发展对象起必填` },
  { key: 'admittedOn', header: '入党日期', required: false, kind: 'date', width: 14, hint: `${DATE_HINT}；预备党员、正式党员必填` },
  { key: 'confirmedOn', header: '转正日期', required: false, kind: 'date', width: 14, hint: `${DATE_HINT}；正式党员必填，距入党日期至少一年` },
];

export const ROSTER_KEYS = ROSTER_COLUMNS.map((c) => c.key);

const BY_KEY = new Map(ROSTER_COLUMNS.map((c) => [c.key, c]));

export function rosterColumn(key: RosterKey): RosterColumn {
  return BY_KEY.get(key)!;
}

/** The header as written in the template: required columns carry a trailing `*`. */
export function templateHeader(c: RosterColumn): string {
  return c.required ? `${c.header}*` : c.header;
}

/** Header text as users may have typed it: without `*`, spaces, and with half-width slashes. */
export function normaliseHeader(text: string): string {
  return text.replace(/[*＊\s]/g, '').replace(/／/g, '/');
}

const BY_HEADER = new Map(ROSTER_COLUMNS.map((c) => [normaliseHeader(c.header), c.key]));

export function keyOfHeader(text: string): RosterKey | undefined {
  return BY_HEADER.get(normaliseHeader(text));
}

/** Label of a field in messages and in the report ('file' for problems with the whole file). */
export function fieldLabel(field: string): string {
  if (field === 'file') return '文件';
  return BY_KEY.get(field as RosterKey)?.header ?? field;
}
