import {
  AGE_BANDS,
  EDUCATION_LEVELS,
  GENDERS,
  PARTY_STATUSES,
  zIdNumber,
  zIsoDate,
  zMobile,
  zPage,
  zPageSize,
  zPersonName,
} from '@zhibu/shared';
import { z } from 'zod';

export const zPartyStatus = z.enum(PARTY_STATUSES.values);
export const zGender = z.enum(GENDERS.values);
export const zEducation = z.enum(EDUCATION_LEVELS.values);

const optText = (max: number) => z.string().trim().max(max).nullable().optional();
const optDate = zIsoDate.nullable().optional();

export const PersonListItemDto = z.object({
  id: z.string(),
  name: z.string(),
  gender: zGender,
  birthDate: z.string().nullable(),
  age: z.number().nullable(),
  idNumber: z.string().nullable(),
  phone: z.string().nullable(),
  education: z.string().nullable(),
  jobPost: z.string().nullable(),
  title: z.string().nullable(),
  partyStatus: zPartyStatus,
  orgNodeId: z.string(),
  orgName: z.string(),
  partyGroupId: z.string().nullable(),
  partyGroupName: z.string().nullable(),
  businessUnitName: z.string().nullable(),
  admittedOn: z.string().nullable(),
  confirmedOn: z.string().nullable(),
});
export type PersonListItem = z.infer<typeof PersonListItemDto>;

export const PersonHistoryDto = z.object({
  id: z.string(),
  kind: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  effectiveOn: z.string().nullable(),
  note: z.string().nullable(),
  at: z.string(),
  actorName: z.string().nullable(),
});

export const MembershipPeriodDto = z.object({
  orgNodeId: z.string(),
  orgName: z.string(),
  partyGroupName: z.string().nullable(),
  partyStatus: zPartyStatus,
  validFrom: z.string(),
  validTo: z.string().nullable(),
});

export const PersonDetailDto = PersonListItemDto.extend({
  ethnicity: z.string().nullable(),
  businessUnitId: z.string().nullable(),
  joinedWorkOn: z.string().nullable(),
  appliedOn: z.string().nullable(),
  activistOn: z.string().nullable(),
  developmentOn: z.string().nullable(),
  excludedFromQuorum: z.boolean(),
  quorumExclusionReason: z.string().nullable(),
  quorumExclusionRef: z.string().nullable(),
  version: z.number(),
  sensitiveVisible: z.boolean(),
  history: z.array(PersonHistoryDto),
  memberships: z.array(MembershipPeriodDto),
  abilities: z.object({ update: z.boolean(), transfer: z.boolean() }),
});
export type PersonDetail = z.infer<typeof PersonDetailDto>;

const personFields = {
  name: zPersonName,
  gender: zGender,
  ethnicity: optText(20),
  birthDate: optDate,
  idNumber: zIdNumber.nullable().optional(),
  phone: zMobile.nullable().optional(),
  education: zEducation.nullable().optional(),
  jobPost: optText(50),
  title: optText(50),
  businessUnitId: z.string().uuid().nullable().optional(),
  joinedWorkOn: optDate,
  partyStatus: zPartyStatus,
  appliedOn: optDate,
  activistOn: optDate,
  developmentOn: optDate,
  admittedOn: optDate,
  confirmedOn: optDate,
  excludedFromQuorum: z.boolean().optional(),
  quorumExclusionReason: optText(200),
  quorumExclusionRef: optText(100),
};

export const CreatePersonBody = z.object({
  ...personFields,
  orgNodeId: z.string().uuid(),
  partyGroupId: z.string().uuid().nullable().optional(),
  /** Since when the person belongs to this organisation (start of the first membership period). */
  placedOn: optDate,
});
export type CreatePersonInput = z.infer<typeof CreatePersonBody>;

export const UpdatePersonBody = z.object({ ...personFields, version: z.number().int() }).partial({
  name: true,
  gender: true,
  partyStatus: true,
});
export type UpdatePersonInput = z.infer<typeof UpdatePersonBody>;

export const TransferPersonBody = z.object({
  orgNodeId: z.string().uuid(),
  partyGroupId: z.string().uuid().nullable().optional(),
  effectiveOn: zIsoDate,
  note: optText(200),
  version: z.number().int(),
});
export type TransferPersonInput = z.infer<typeof TransferPersonBody>;

const csv = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .string()
    .optional()
    .transform((s) => (s ? s.split(',').filter(Boolean) : []))
    .pipe(z.array(item));

export const SORTS = ['name', '-name', 'birthDate', '-birthDate', 'admittedOn', '-admittedOn', 'createdAt', '-createdAt'] as const;

export const PeopleQuery = z.object({
  page: zPage,
  pageSize: zPageSize,
  q: z.string().trim().max(50).optional(),
  orgId: z.string().uuid().optional(),
  status: csv(zPartyStatus),
  gender: zGender.optional(),
  ageBand: csv(z.enum(AGE_BANDS.map((b) => b.value) as [string, ...string[]])),
  education: csv(zEducation),
  sort: z.enum(SORTS).default('name'),
});
export type PeopleFilter = z.infer<typeof PeopleQuery>;

export const ExportQuery = PeopleQuery.omit({ page: true, pageSize: true }).extend({
  unmasked: z.enum(['true', 'false']).default('false'),
});
