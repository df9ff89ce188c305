import type { Gender, PartyStatus } from '@zhibu/shared';
import { checkIdNumber } from '@zhibu/shared';
import { addYears, yearsBetween } from '../../../platform/clock';

// Consistency of a person's dates and Party status (党章: 18 years minimum age, one year of probation;
// recruitment stages happen in order). Used by the forms and, row by row, by the roster import.
export type PersonDates = {
  gender: Gender;
  idNumber: string | null;
  birthDate: string | null;
  joinedWorkOn: string | null;
  partyStatus: PartyStatus;
  appliedOn: string | null;
  activistOn: string | null;
  developmentOn: string | null;
  admittedOn: string | null;
  confirmedOn: string | null;
};

export type DateIssueCode =
  | 'ID_BIRTH_MISMATCH'
  | 'ID_GENDER_MISMATCH'
  | 'IN_FUTURE'
  | 'BEFORE_BIRTH'
  | 'OUT_OF_ORDER'
  | 'UNDER_18'
  | 'PROBATION_TOO_SHORT'
  | 'REQUIRED_FOR_STATUS'
  | 'NOT_FOR_STATUS';

export type DateIssue = { field: keyof PersonDates; code: DateIssueCode; params?: Record<string, string> };

const STAGES = ['appliedOn', 'activistOn', 'developmentOn', 'admittedOn', 'confirmedOn'] as const;
type Stage = (typeof STAGES)[number];

const REQUIRED: Record<PartyStatus, readonly Stage[]> = {
  none: [],
  applicant: ['appliedOn'],
  activist: ['activistOn'],
  development: ['developmentOn'],
  probationary: ['admittedOn'],
  full: ['admittedOn', 'confirmedOn'],
};
// Dates that cannot exist yet at a given status (a 发展对象 has not been admitted).
const LAST_STAGE: Record<PartyStatus, number> = {
  none: 4,
  applicant: 0,
  activist: 1,
  development: 2,
  probationary: 3,
  full: 4,
};

export function checkPersonDates(p: PersonDates, today: string): DateIssue[] {
  const issues: DateIssue[] = [];
  const id = p.idNumber ? checkIdNumber(p.idNumber) : null;
  if (id?.ok) {
    if (p.birthDate && p.birthDate !== id.birthDate) issues.push({ field: 'birthDate', code: 'ID_BIRTH_MISMATCH' });
    if (p.gender !== id.gender) issues.push({ field: 'gender', code: 'ID_GENDER_MISMATCH' });
  }
  const birth = p.birthDate ?? (id?.ok ? id.birthDate : null);
  const dated: (keyof PersonDates)[] = ['birthDate', 'joinedWorkOn', ...STAGES];
  for (const f of dated) {
    const v = p[f];
    if (typeof v === 'string' && v > today) issues.push({ field: f, code: 'IN_FUTURE' });
  }
  if (birth) {
    for (const f of ['joinedWorkOn', ...STAGES] as const) {
      const v = p[f];
      if (v && v <= birth) issues.push({ field: f, code: 'BEFORE_BIRTH' });
    }
    for (const f of ['appliedOn', 'admittedOn'] as const) {
      const v = p[f];
      if (v && v > birth && yearsBetween(birth, v) < 18) issues.push({ field: f, code: 'UNDER_18' });
    }
  }
  let previous: { field: Stage; value: string } | null = null;
  for (const f of STAGES) {
    const v = p[f];
    if (!v) continue;
    if (previous && v < previous.value) issues.push({ field: f, code: 'OUT_OF_ORDER', params: { after: previous.field } });
    previous = { field: f, value: v };
  }
  if (p.admittedOn && p.confirmedOn && p.confirmedOn < addYears(p.admittedOn, 1)) {
    issues.push({ field: 'confirmedOn', code: 'PROBATION_TOO_SHORT' });
  }
  for (const f of REQUIRED[p.partyStatus]) if (!p[f]) issues.push({ field: f, code: 'REQUIRED_FOR_STATUS' });
  STAGES.forEach((f, i) => {
    if (i > LAST_STAGE[p.partyStatus] && p[f]) issues.push({ field: f, code: 'NOT_FOR_STATUS' });
  });
  return issues;
}

export const FIELD_LABELS: Record<string, { zh: string; en: string }> = {
  name: { zh: '姓名', en: 'Name' },
  gender: { zh: '性别', en: 'Gender' },
  ethnicity: { zh: '民族', en: 'Ethnicity' },
  birthDate: { zh: '出生日期', en: 'Birth date' },
  idNumber: { zh: '身份证号', en: 'ID number' },
  phone: { zh: '手机号', en: 'Phone' },
  education: { zh: '学历', en: 'Education' },
  jobPost: { zh: '岗位', en: 'Post' },
  title: { zh: '职称/技能等级', en: 'Title or skill level' },
  businessUnitId: { zh: '所在单位', en: 'Business unit' },
  orgNodeId: { zh: '所在党组织', en: 'Party organisation' },
  partyGroupId: { zh: '党小组', en: 'Party group' },
  joinedWorkOn: { zh: '参加工作日期', en: 'Joined work on' },
  partyStatus: { zh: '政治面貌', en: 'Party status' },
  appliedOn: { zh: '申请入党日期', en: 'Applied on' },
  activistOn: { zh: '确定积极分子日期', en: 'Activist since' },
  developmentOn: { zh: '确定发展对象日期', en: 'Development object since' },
  admittedOn: { zh: '入党日期', en: 'Admitted on' },
  confirmedOn: { zh: '转正日期', en: 'Confirmed on' },
};

export const DATE_ISSUE_MESSAGES: Record<DateIssueCode, { zh: string; en: string }> = {
  ID_BIRTH_MISMATCH: { zh: '出生日期与身份证号不一致', en: 'Birth date does not match the ID number' },
  ID_GENDER_MISMATCH: { zh: '性别与身份证号不一致', en: 'Gender does not match the ID number' },
  IN_FUTURE: { zh: '日期不能晚于今天', en: 'Date is in the future' },
  BEFORE_BIRTH: { zh: '日期不能早于出生日期', en: 'Date is before the birth date' },
  OUT_OF_ORDER: { zh: '日期不能早于{after}', en: 'Date is before {after}' },
  UNDER_18: { zh: '当时未满18周岁', en: 'The person was under 18 then' },
  PROBATION_TOO_SHORT: { zh: '转正日期距入党日期不足一年预备期', en: 'Less than one year of probation' },
  REQUIRED_FOR_STATUS: { zh: '该政治面貌必须填写此日期', en: 'Required for this Party status' },
  NOT_FOR_STATUS: { zh: '该政治面貌不应有此日期', en: 'Not expected for this Party status' },
};

export function dateIssueMessage(i: DateIssue, lang: 'zh' | 'en'): string {
  const field = FIELD_LABELS[i.field]?.[lang] ?? i.field;
  const after = i.params?.after ? (FIELD_LABELS[i.params.after]?.[lang] ?? i.params.after) : '';
  return `${field}${lang === 'zh' ? '：' : ': '}${DATE_ISSUE_MESSAGES[i.code][lang].replace('{after}', after)}`;
}
