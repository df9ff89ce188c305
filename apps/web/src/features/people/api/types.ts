import type { AgeBand, EducationLevel, Gender, PartyStatus } from '@zhibu/shared';

// Response shapes of apps/server/src/modules/people/people.schemas.ts.

export type PersonListItem = {
  id: string;
  name: string;
  gender: Gender;
  birthDate: string | null;
  age: number | null;
  idNumber: string | null;
  phone: string | null;
  education: string | null;
  jobPost: string | null;
  title: string | null;
  partyStatus: PartyStatus;
  orgNodeId: string;
  orgName: string;
  partyGroupId: string | null;
  partyGroupName: string | null;
  businessUnitName: string | null;
  admittedOn: string | null;
  confirmedOn: string | null;
};

export type PersonHistoryEntry = {
  id: string;
  kind: string;
  before: unknown;
  after: unknown;
  effectiveOn: string | null;
  note: string | null;
  at: string;
  actorName: string | null;
};

export type MembershipPeriod = {
  orgNodeId: string;
  orgName: string;
  partyGroupName: string | null;
  partyStatus: PartyStatus;
  validFrom: string;
  validTo: string | null;
};

export type PersonDetail = PersonListItem & {
  ethnicity: string | null;
  businessUnitId: string | null;
  joinedWorkOn: string | null;
  appliedOn: string | null;
  activistOn: string | null;
  developmentOn: string | null;
  excludedFromQuorum: boolean;
  quorumExclusionReason: string | null;
  quorumExclusionRef: string | null;
  version: number;
  sensitiveVisible: boolean;
  history: PersonHistoryEntry[];
  memberships: MembershipPeriod[];
  abilities: { update: boolean; transfer: boolean };
};

export const PEOPLE_SORTS = [
  'name',
  '-name',
  'birthDate',
  '-birthDate',
  'admittedOn',
  '-admittedOn',
  'createdAt',
  '-createdAt',
] as const;
export type PeopleSort = (typeof PEOPLE_SORTS)[number];

/** The list filters; also the filters of the Excel export. */
export type PeopleFilter = {
  q?: string;
  orgId?: string;
  status?: PartyStatus[];
  gender?: Gender;
  ageBand?: AgeBand[];
  education?: EducationLevel[];
  sort?: PeopleSort;
};

export type PeopleListParams = PeopleFilter & { page: number; pageSize: number };

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

/** The fields a person form edits (POST /people and PATCH /people/:id). */
export type PersonFields = {
  name: string;
  gender: Gender;
  ethnicity?: string | null;
  birthDate?: string | null;
  idNumber?: string | null;
  phone?: string | null;
  education?: EducationLevel | null;
  jobPost?: string | null;
  title?: string | null;
  businessUnitId?: string | null;
  joinedWorkOn?: string | null;
  partyStatus: PartyStatus;
  appliedOn?: string | null;
  activistOn?: string | null;
  developmentOn?: string | null;
  admittedOn?: string | null;
  confirmedOn?: string | null;
  excludedFromQuorum?: boolean;
  quorumExclusionReason?: string | null;
  quorumExclusionRef?: string | null;
};

export type CreatePersonInput = PersonFields & {
  orgNodeId: string;
  partyGroupId?: string | null;
  placedOn?: string | null;
};
export type UpdatePersonInput = Partial<PersonFields> & { version: number };
export type TransferInput = {
  orgNodeId: string;
  partyGroupId?: string | null;
  effectiveOn: string;
  note?: string | null;
  version: number;
};

// People import (POST /people/imports, GET /people/imports/:id, GET /jobs/:id).
export type ImportState = 'validating' | 'validated' | 'invalid' | 'committing' | 'committed' | 'failed';
export type ImportBatch = {
  id: string;
  state: ImportState;
  fileName: string;
  totalRows: number;
  invalidRows: number;
  errors: { rowNo: number; field: string; message: string }[];
  createdAt: string;
  committedAt: string | null;
};

export type Job = {
  id: string;
  state: 'queued' | 'running' | 'succeeded' | 'failed';
  progress: { done: number; total: number };
  result: unknown;
  error: { code: string; params?: Record<string, unknown> } | null;
};
