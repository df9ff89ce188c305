import {
  checkIdNumber,
  EDUCATION_LEVELS,
  GENDERS,
  PARTY_STATUSES,
  type EducationLevel,
  type Gender,
  type PartyStatus,
} from '@zhibu/shared';
import { cellDate, cellText, cellValue } from './roster-cells';
import { ROSTER_COLUMNS, type RosterColumn, type RosterKey } from './roster-columns';
import { checkPersonDates, dateIssueMessage, type PersonDates } from './person-dates';

// One roster row, checked on its own: required cells, lengths, enum labels, dates, the ID number's
// GB 11643 check character, the mobile format and the date/status consistency of checkPersonDates.
// Checks that need the database or other rows (duplicates, org codes, scope) run set-wise in SQL
// over the staged rows afterwards.

/** A row as staged in import_row.data: the values a person is created from, codes not yet resolved. */
export type StagedPerson = {
  name: string | null;
  gender: Gender | null;
  ethnicity: string | null;
  birthDate: string | null;
  idNumber: string | null;
  phone: string | null;
  education: EducationLevel | null;
  jobPost: string | null;
  title: string | null;
  businessUnitCode: string | null;
  orgCode: string | null;
  partyGroupCode: string | null;
  joinedWorkOn: string | null;
  partyStatus: PartyStatus | null;
  appliedOn: string | null;
  activistOn: string | null;
  developmentOn: string | null;
  admittedOn: string | null;
  confirmedOn: string | null;
};

/** `field` is a RosterKey, or 'file' for a problem with the whole file. Messages name the column. */
export type RowError = { field: RosterKey | 'file'; value: string | null; message: string };

export type RawRow = Partial<Record<RosterKey, unknown>>;

const CODE = /^[A-Za-z0-9_.-]{1,32}$/;
const MOBILE = /^1[3-9]\d{9}$/;

const ENUMS = {
  gender: GENDERS,
  education: EDUCATION_LEVELS,
  partyStatus: PARTY_STATUSES,
} as const;

export function isBlankRow(raw: RawRow): boolean {
  return ROSTER_COLUMNS.every((c) => cellText(raw[c.key]) === null);
}

const ID_MESSAGES = {
  format: '应为18位号码，最后一位可以是X',
  checksum: '校验位不正确，请核对号码',
  birth_date: '其中的出生日期无效',
} as const;

export function parseRosterRow(raw: RawRow, today: string): { person: StagedPerson; errors: RowError[] } {
  const errors: RowError[] = [];
  const fail = (c: RosterColumn, value: string | null, text: string) =>
    errors.push({ field: c.key, value, message: `${c.header}：${text}` });
  const out: Record<string, string | null> = {};

  for (const c of ROSTER_COLUMNS) {
    const cell = raw[c.key];
    const text = cellText(cell);
    out[c.key] = null;
    if (text === null) {
      if (c.required) fail(c, null, '必须填写');
      continue;
    }
    switch (c.kind) {
      case 'text':
        if (c.max && [...text].length > c.max) fail(c, text, `不能超过${c.max}个字`);
        else out[c.key] = text;
        break;
      case 'enum': {
        const value = ENUMS[c.key as keyof typeof ENUMS].fromZh(text);
        if (value) out[c.key] = value;
        else fail(c, text, `“${text}”不是可选的值，应为：${c.options!.join('、')}`);
        break;
      }
      case 'date': {
        const iso = cellDate(cell);
        if (iso) out[c.key] = iso;
        else fail(c, text, `“${text}”不是有效日期，请按 YYYY-MM-DD 填写或使用 Excel 日期`);
        break;
      }
      case 'idNumber': {
        // 18 digits do not fit a double: a numeric cell has already lost its last digits.
        if (typeof cellValue(cell) === 'number') {
          fail(c, text, '单元格是数字格式，18位号码的末尾数字已丢失，请将该列设为文本后重新填写');
          break;
        }
        const id = checkIdNumber(text);
        if (id.ok) out[c.key] = id.value;
        else fail(c, text, ID_MESSAGES[id.reason]);
        break;
      }
      case 'mobile': {
        const phone = text.replace(/[\s-]/g, '');
        if (MOBILE.test(phone)) out[c.key] = phone;
        else fail(c, text, `“${text}”不是11位手机号码`);
        break;
      }
      case 'code':
        if (CODE.test(text)) out[c.key] = text;
        else fail(c, text, `“${text}”格式不正确（编码只含字母、数字和 - _ .）`);
        break;
      default: {
        const never: never = c.kind;
        throw new Error(`unknown column kind ${String(never)}`);
      }
    }
  }

  const person = out as StagedPerson;
  // As for a form: the birth date may be left to the ID number.
  if (!person.birthDate && person.idNumber) {
    const id = checkIdNumber(person.idNumber);
    if (id.ok) person.birthDate = id.birthDate;
  }
  if (person.gender && person.partyStatus) {
    const failed = new Set(errors.map((e) => e.field));
    const issues = checkPersonDates(person as PersonDates, today);
    for (const i of issues) {
      // A date that could not be read is already reported; do not add "required" noise about it.
      if (failed.has(i.field)) continue;
      const field = i.field as RosterKey;
      errors.push({ field, value: cellText(raw[field]), message: dateIssueMessage(i, 'zh') });
    }
  }
  return { person, errors };
}
