import { checkIdNumber, type EducationLevel, type Gender, type PartyStatus } from '@zhibu/shared';
import type { Dayjs } from 'dayjs';
import { fromDay, toDay } from '../../../lib/dates';
import type { PersonDetail, PersonFields } from '../api/types';

// Conversions between the person form (Dayjs dates, possibly blank strings) and the API payload.

export type PersonFormValues = {
  name: string;
  gender: Gender;
  ethnicity?: string;
  birthDate?: Dayjs | null;
  idNumber?: string;
  phone?: string;
  education?: EducationLevel | null;
  jobPost?: string;
  title?: string;
  businessUnitId?: string | null;
  joinedWorkOn?: Dayjs | null;
  partyStatus: PartyStatus;
  appliedOn?: Dayjs | null;
  activistOn?: Dayjs | null;
  developmentOn?: Dayjs | null;
  admittedOn?: Dayjs | null;
  confirmedOn?: Dayjs | null;
  excludedFromQuorum?: boolean;
  quorumExclusionReason?: string;
  quorumExclusionRef?: string;
  orgNodeId?: string;
  partyGroupId?: string | null;
  placedOn?: Dayjs | null;
};

const DATE_FIELDS = [
  'birthDate',
  'joinedWorkOn',
  'appliedOn',
  'activistOn',
  'developmentOn',
  'admittedOn',
  'confirmedOn',
] as const;
const TEXT_FIELDS = ['ethnicity', 'jobPost', 'title', 'quorumExclusionReason', 'quorumExclusionRef'] as const;

const text = (s: string | undefined | null) => (s && s.trim() !== '' ? s.trim() : null);

/** The API fields of a submitted form. `withSensitive: false` leaves ID and phone out entirely. */
export function toPersonFields(v: PersonFormValues, withSensitive: boolean): PersonFields {
  const out: PersonFields = {
    name: v.name.trim(),
    gender: v.gender,
    partyStatus: v.partyStatus,
    education: v.education ?? null,
    businessUnitId: v.businessUnitId ?? null,
    excludedFromQuorum: v.excludedFromQuorum ?? false,
  };
  for (const f of DATE_FIELDS) out[f] = fromDay(v[f]);
  for (const f of TEXT_FIELDS) out[f] = text(v[f]);
  if (withSensitive) {
    const id = text(v.idNumber);
    out.idNumber = id ? id.toUpperCase() : null;
    out.phone = text(v.phone);
  }
  return out;
}

export function fromPerson(p: PersonDetail): PersonFormValues {
  const v: PersonFormValues = {
    name: p.name,
    gender: p.gender,
    partyStatus: p.partyStatus,
    education: (p.education as EducationLevel | null) ?? null,
    businessUnitId: p.businessUnitId,
    excludedFromQuorum: p.excludedFromQuorum,
    idNumber: p.idNumber ?? '',
    phone: p.phone ?? '',
  };
  for (const f of DATE_FIELDS) v[f] = toDay(p[f]);
  for (const f of TEXT_FIELDS) v[f] = p[f] ?? '';
  return v;
}

/** Only what changed, so the history and the audit log record exactly the edit that was made. */
export function changedFields(before: PersonFields, after: PersonFields): Partial<PersonFields> {
  const out: Partial<PersonFields> = {};
  for (const k of Object.keys(after) as (keyof PersonFields)[]) {
    if ((after[k] ?? null) !== (before[k] ?? null)) (out as Record<string, unknown>)[k] = after[k];
  }
  return out;
}

/** Birth date and gender follow from a valid ID number. */
export function derivedFromIdNumber(idNumber: string): { birthDate: string; gender: Gender } | null {
  const r = checkIdNumber(idNumber);
  return r.ok ? { birthDate: r.birthDate, gender: r.gender } : null;
}
