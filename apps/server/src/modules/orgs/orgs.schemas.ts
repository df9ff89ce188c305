import { COMMITTEE_POSTS, ORG_TYPES, BUSINESS_UNIT_TYPES, zCode, zContactPhone, zIsoDate, zOrgName } from '@zhibu/shared';
import { z } from 'zod';

export const zOrgType = z.enum(ORG_TYPES.values);
export const zPost = z.enum(COMMITTEE_POSTS.values);

export const OrgWarningDto = z.object({
  code: z.string(),
  severity: z.enum(['red', 'yellow']),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const OrgTreeNodeDto = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  type: zOrgType,
  name: z.string(),
  shortName: z.string().nullable(),
  code: z.string(),
  isJoint: z.boolean(),
  isTemporary: z.boolean(),
  dissolved: z.boolean(),
  /** 正式 + 预备 members in the whole subtree. */
  memberCount: z.number(),
  /** Everyone (any status) in the whole subtree. */
  peopleCount: z.number(),
  warningCount: z.number(),
});
export type OrgTreeNode = z.infer<typeof OrgTreeNodeDto>;

export const PostDto = z.object({
  id: z.string(),
  post: zPost,
  personId: z.string(),
  personName: z.string(),
  fromOn: z.string(),
  toOn: z.string().nullable(),
});

export const TermDto = z.object({
  id: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  electedOn: z.string().nullable(),
  note: z.string().nullable(),
  closedOn: z.string().nullable(),
  posts: z.array(PostDto),
});

export const OrgHistoryDto = z.object({
  id: z.string(),
  kind: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  at: z.string(),
  actorName: z.string().nullable(),
});

export const OrgDetailDto = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  parentName: z.string().nullable(),
  type: zOrgType,
  name: z.string(),
  shortName: z.string().nullable(),
  code: z.string(),
  isJoint: z.boolean(),
  isTemporary: z.boolean(),
  businessUnitId: z.string().nullable(),
  businessUnitName: z.string().nullable(),
  foundedOn: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  dissolvedAt: z.string().nullable(),
  version: z.number(),
  counts: z.object({ fullMembers: z.number(), probationary: z.number(), people: z.number(), children: z.number() }),
  currentTerm: TermDto.nullable(),
  terms: z.array(TermDto),
  warnings: z.array(OrgWarningDto),
  history: z.array(OrgHistoryDto),
  abilities: z.object({ update: z.boolean(), move: z.boolean(), dissolve: z.boolean(), createChild: z.boolean() }),
});
export type OrgDetail = z.infer<typeof OrgDetailDto>;

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const CreateOrgBody = z.object({
  parentId: z.string().uuid(),
  type: zOrgType,
  name: zOrgName,
  shortName: optionalText(30),
  code: zCode,
  isJoint: z.boolean().default(false),
  isTemporary: z.boolean().default(false),
  businessUnitId: z.string().uuid().nullable().optional(),
  foundedOn: zIsoDate.nullable().optional(),
  contactName: optionalText(50),
  contactPhone: zContactPhone.nullable().optional(),
});
export type CreateOrgInput = z.infer<typeof CreateOrgBody>;

export const UpdateOrgBody = z.object({
  version: z.number().int(),
  name: zOrgName.optional(),
  shortName: optionalText(30),
  code: zCode.optional(),
  isJoint: z.boolean().optional(),
  isTemporary: z.boolean().optional(),
  businessUnitId: z.string().uuid().nullable().optional(),
  foundedOn: zIsoDate.nullable().optional(),
  contactName: optionalText(50),
  contactPhone: zContactPhone.nullable().optional(),
});
export type UpdateOrgInput = z.infer<typeof UpdateOrgBody>;

export const MoveOrgBody = z.object({ parentId: z.string().uuid(), version: z.number().int() });
export const DissolveOrgBody = z.object({ version: z.number().int() });

export const TermBody = z
  .object({
    startsOn: zIsoDate,
    endsOn: zIsoDate,
    electedOn: zIsoDate.nullable().optional(),
    note: optionalText(200),
    posts: z.array(z.object({ personId: z.string().uuid(), post: zPost })).max(30),
  })
  .refine((t) => t.endsOn > t.startsOn, { message: 'endsOn must be after startsOn', path: ['endsOn'] });
export type TermInput = z.infer<typeof TermBody>;

export const WarningsQuery = z.object({
  code: z.string().optional(),
  severity: z.enum(['red', 'yellow']).optional(),
  underId: z.string().uuid().optional(),
});

export const OrgWarningRowDto = z.object({
  orgId: z.string(),
  orgName: z.string(),
  orgType: zOrgType,
  parentName: z.string().nullable(),
  warning: OrgWarningDto,
});

export const BusinessUnitDto = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  type: z.enum(BUSINESS_UNIT_TYPES.values),
  name: z.string(),
  code: z.string(),
});

export const CreateBusinessUnitBody = z.object({
  parentId: z.string().uuid().nullable(),
  type: z.enum(BUSINESS_UNIT_TYPES.values),
  name: zOrgName,
  code: zCode,
});
