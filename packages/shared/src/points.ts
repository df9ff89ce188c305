import { z } from 'zod';
import { MEETING_TYPES } from './enums';

// The data model of a members' points rule set (积分规则, domain-rules §6.1). A rule set holds one year's
// items; a published version is frozen and stored as one validated document, so a past balance can
// always be explained by the rules it was computed under. The rules that score live on the server
// (modules/points/rules); this file only says what a valid rule set, period and label look like.

/** How the items add up. Only `base_plus` exists today; the enum leaves room for others. */
export const POINT_MODELS = [
  {
    value: 'base_plus',
    zh: '基础分+加分−扣分',
    en: 'Base points plus bonus minus deductions',
  },
] as const;
export type PointModel = (typeof POINT_MODELS)[number]['value'];

export const POINT_CATEGORIES = [
  { value: 'political_study', zh: '政治学习', en: 'Political study' },
  { value: 'org_life', zh: '组织生活', en: 'Organisational life' },
  { value: 'duty', zh: '履职践诺', en: 'Duties and pledges' },
  { value: 'discipline', zh: '遵纪守法', en: 'Discipline and law' },
  { value: 'integrity', zh: '廉洁自律', en: 'Integrity' },
  { value: 'service', zh: '服务群众', en: 'Serving the people' },
  { value: 'innovation', zh: '创新创效', en: 'Innovation and results' },
  { value: 'volunteering', zh: '志愿服务', en: 'Volunteering' },
  { value: 'other', zh: '其他', en: 'Other' },
] as const;
export type PointCategory = (typeof POINT_CATEGORIES)[number]['value'];

export const POINT_SIGNS = [
  { value: 'positive', zh: '加分', en: 'Bonus' },
  { value: 'negative', zh: '扣分', en: 'Deduction' },
] as const;
export type PointSign = (typeof POINT_SIGNS)[number]['value'];

/** What one "unit" of an item is: an occurrence (a meeting attended) or an hour (of volunteering). */
export const POINT_UNITS = [
  { value: 'occurrence', zh: '次', en: 'occurrence' },
  { value: 'hour', zh: '小时', en: 'hour' },
] as const;
export type PointUnit = (typeof POINT_UNITS)[number]['value'];

export const POINT_CAP_PERIODS = [
  { value: 'month', zh: '每月', en: 'per month' },
  { value: 'quarter', zh: '每季度', en: 'per quarter' },
  { value: 'year', zh: '每年', en: 'per year' },
] as const;
export type PointCapPeriod = (typeof POINT_CAP_PERIODS)[number]['value'];

/**
 * Who puts an entry on the ledger: the member claims and the branch reviews (self_claim), the branch
 * records it (branch), or the platform derives it from another module's record (automatic).
 */
export const POINT_AWARDERS = [
  { value: 'self_claim', zh: '党员申报、支部审核', en: 'Member claims, branch reviews' },
  { value: 'branch', zh: '支部认定', en: 'Recorded by the branch' },
  { value: 'automatic', zh: '系统自动计分', en: 'Automatic' },
] as const;
export type PointAwarder = (typeof POINT_AWARDERS)[number]['value'];

/**
 * The records of other modules that score automatically. `sign` and `unit` say which items may use the
 * kind; `meetingTypes` says whether an item may narrow it to some meeting types (e.g. only 三会一课).
 */
export const POINT_EVENT_KINDS = [
  {
    value: 'meeting.attended',
    zh: '参加组织生活',
    en: 'Attended organisational life',
    sign: 'positive',
    unit: 'occurrence',
    meetingTypes: true,
  },
  {
    value: 'lesson.given',
    zh: '讲授党课',
    en: 'Gave a Party lesson',
    sign: 'positive',
    unit: 'occurrence',
    meetingTypes: false,
  },
  {
    value: 'project.accepted',
    zh: '项目通过验收',
    en: 'Project accepted',
    sign: 'positive',
    unit: 'occurrence',
    meetingTypes: false,
  },
  {
    value: 'volunteer.hours',
    zh: '志愿服务时长',
    en: 'Volunteer hours',
    sign: 'positive',
    unit: 'hour',
    meetingTypes: false,
  },
  {
    value: 'meeting.absent_unexcused',
    zh: '无故缺席组织生活',
    en: 'Absent from organisational life without leave',
    sign: 'negative',
    unit: 'occurrence',
    meetingTypes: true,
  },
  {
    value: 'dues.late',
    zh: '未按时交纳党费（被催缴）',
    en: 'Dues late (reminded)',
    sign: 'negative',
    unit: 'occurrence',
    meetingTypes: false,
  },
] as const;
export type PointEventKind = (typeof POINT_EVENT_KINDS)[number]['value'];

/** A ledger entry's review state. Automatic and branch entries are approved when written. */
export const POINT_ENTRY_STATUSES = [
  { value: 'claimed', zh: '待审核', en: 'Claimed' },
  { value: 'approved', zh: '已认定', en: 'Approved' },
  { value: 'rejected', zh: '未通过', en: 'Rejected' },
] as const;
export type PointEntryStatus = (typeof POINT_ENTRY_STATUSES)[number]['value'];

export const POINT_APPEAL_STATUSES = [
  { value: 'open', zh: '处理中', en: 'Open' },
  { value: 'upheld', zh: '申诉成立', en: 'Upheld' },
  { value: 'dismissed', zh: '维持原结果', en: 'Dismissed' },
] as const;
export type PointAppealStatus = (typeof POINT_APPEAL_STATUSES)[number]['value'];

/**
 * How a person's points are used (domain-rules §6.1): a member's feed the 民主评议 grade; a probationary
 * member's and an activist's are recorded the same way but serve only as input for 转正 or development.
 */
export const POINT_PARTICIPANT_ROLES = [
  { value: 'member', zh: '党员', en: 'Member', usedFor: 'appraisal' },
  { value: 'probationary', zh: '预备党员', en: 'Probationary member', usedFor: 'regularisation' },
  { value: 'activist', zh: '入党积极分子', en: 'Activist', usedFor: 'development' },
] as const;
export type PointParticipantRole = (typeof POINT_PARTICIPANT_ROLES)[number]['value'];
export type PointUsage = (typeof POINT_PARTICIPANT_ROLES)[number]['usedFor'];

type Listed = readonly { readonly value: string; readonly zh: string; readonly en: string }[];
type ValueOf<L extends Listed> = L[number]['value'];

function valuesOf<const L extends Listed>(list: L) {
  return list.map((i) => i.value) as [ValueOf<L>, ...ValueOf<L>[]];
}

/** The label of a listed value in one language, or the value itself when the list does not know it. */
export function pointLabel<const L extends Listed>(list: L, value: string, lang: 'zh' | 'en' = 'zh'): string {
  return list.find((i) => i.value === value)?.[lang] ?? value;
}

export function pointEventKindSpec(kind: PointEventKind): (typeof POINT_EVENT_KINDS)[number] {
  // Every kind is listed, so the lookup cannot miss; the fallback only satisfies the type checker.
  return POINT_EVENT_KINDS.find((k) => k.value === kind) ?? POINT_EVENT_KINDS[0];
}

const code = z
  .string()
  .trim()
  .min(1)
  .max(20)
  .regex(/^[A-Za-z0-9_.-]+$/, 'code');
const points = z.number().min(0).max(1000);

export const zPointSource = z.object({
  kind: z.enum(valuesOf(POINT_EVENT_KINDS)),
  /** meeting.* only: the meeting types that count; absent or empty means every type. */
  meetingTypes: z.array(z.enum(MEETING_TYPES.values)).max(20).optional(),
});
export type PointSource = z.infer<typeof zPointSource>;

export const zPointCap = z.object({
  period: z.enum(valuesOf(POINT_CAP_PERIODS)),
  /** The most points the item gives (or takes) per person in one such period. */
  points: points.positive(),
});
export type PointCap = z.infer<typeof zPointCap>;

export const zPointItem = z
  .object({
    code,
    title: z.string().trim().min(1).max(100),
    description: z.string().trim().max(1000).optional(),
    category: z.enum(valuesOf(POINT_CATEGORIES)),
    sign: z.enum(valuesOf(POINT_SIGNS)),
    /** Points per unit, always written positive: `sign` says whether they are added or deducted. */
    points,
    unit: z.enum(valuesOf(POINT_UNITS)).default('occurrence'),
    cap: zPointCap.nullable().default(null),
    awardedBy: z.enum(valuesOf(POINT_AWARDERS)),
    evidenceRequired: z.boolean().default(false),
    /** 一票否决: one approved entry sets the year's total to 0 and forces 不合格 in 民主评议. */
    veto: z.boolean().default(false),
    /** Automatic items only: the record kind that earns the points. */
    source: zPointSource.nullable().default(null),
  })
  .superRefine((item, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (item.veto) {
      // A veto ends a member's year, so it is a recorded branch decision, never a claim or a side effect.
      if (item.sign !== 'negative') issue('sign', 'a veto item is negative');
      if (item.awardedBy !== 'branch') issue('awardedBy', 'a veto item is recorded by the branch');
    } else if (item.points === 0) {
      issue('points', 'an item other than a veto gives points');
    }
    if (item.awardedBy === 'self_claim' && item.sign === 'negative') {
      issue('awardedBy', 'nobody claims a deduction');
    }
    if (item.awardedBy === 'automatic' && !item.source) issue('source', 'an automatic item needs a source');
    if (item.awardedBy !== 'automatic' && item.source) issue('source', 'only automatic items have a source');
    if (item.source) {
      const spec = pointEventKindSpec(item.source.kind);
      if (spec.sign !== item.sign) issue('sign', `${item.source.kind} is ${spec.sign}`);
      if (spec.unit !== item.unit) issue('unit', `${item.source.kind} counts per ${spec.unit}`);
      if (!spec.meetingTypes && item.source.meetingTypes?.length) {
        issue('source', `${item.source.kind} has no meeting types`);
      }
    }
  });
export type PointItem = z.infer<typeof zPointItem>;
export type PointItemInput = z.input<typeof zPointItem>;

const definitionShape = {
  model: z.enum(valuesOf(POINT_MODELS)).default('base_plus'),
  basePoints: points,
  /** The most the positive items may add together in the year (先锋指数: ≤ 20); null for no limit. */
  positiveCap: points.positive().nullable().default(null),
  /** The final total is clamped to [minTotal, maxTotal]; null leaves that side open. */
  minTotal: z.number().min(-1000).max(1000).nullable().default(0),
  maxTotal: z.number().min(-1000).max(1000).nullable().default(null),
  /** How often members claim and the branch audits (先锋指数: quarterly); null when any time. */
  claimPeriod: z.enum(valuesOf(POINT_CAP_PERIODS)).nullable().default(null),
  /**
   * Whether branch administrators may order their members by points, a ranking of individuals. Off
   * unless the committee that owns the rule set turns it on (domain-rules §7.4); members never see a
   * ranking either way, only their own points.
   */
  rankingForAdministrators: z.boolean().default(false),
  items: z.array(zPointItem).min(1).max(300),
};

type DefinitionShape = z.infer<z.ZodObject<typeof definitionShape>>;

function checkDefinition(d: DefinitionShape, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  for (const item of d.items) {
    if (seen.has(item.code)) {
      ctx.addIssue({ code: 'custom', path: ['items'], message: `duplicate code ${item.code}` });
    }
    seen.add(item.code);
  }
  if (d.minTotal !== null && d.maxTotal !== null && d.minTotal > d.maxTotal) {
    ctx.addIssue({ code: 'custom', path: ['maxTotal'], message: 'maxTotal is below minTotal' });
  }
}

/** A rule set without its year: what a built-in template or an imported file carries. */
export const zPointRuleSetDefinition = z.object(definitionShape).superRefine(checkDefinition);
export type PointRuleSetDefinition = z.infer<typeof zPointRuleSetDefinition>;
export type PointRuleSetDefinitionInput = z.input<typeof zPointRuleSetDefinition>;

/** One year's versioned rule set. Entries dated outside `year` never count under it. */
export const zPointRuleSet = z
  .object({
    code,
    name: z.string().trim().min(1).max(100),
    year: z.number().int().min(2000).max(2100),
    version: z.number().int().min(1).default(1),
    ...definitionShape,
  })
  .superRefine(checkDefinition);
export type PointRuleSet = z.infer<typeof zPointRuleSet>;
export type PointRuleSetInput = z.input<typeof zPointRuleSet>;

/** The span a balance is read for, inside the rule set's year. */
export const zPointPeriod = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('year') }),
  z.object({ kind: z.literal('quarter'), quarter: z.number().int().min(1).max(4) }),
  z.object({ kind: z.literal('month'), month: z.number().int().min(1).max(12) }),
]);
export type PointPeriod = z.infer<typeof zPointPeriod>;

export function pointItemOf(ruleSet: Pick<PointRuleSet, 'items'>, itemCode: string): PointItem | undefined {
  return ruleSet.items.find((i) => i.code === itemCode);
}

/**
 * Why a member may not claim an item. Codes are stable for the client to branch on; the server's error
 * handler can register them as ERRORS entries (422) with these texts.
 */
export const POINT_CLAIM_ERRORS = {
  POINTS_ITEM_UNKNOWN: { zh: '积分规则中没有该条目', en: 'The rule set has no such item' },
  POINTS_ITEM_NOT_CLAIMABLE: {
    zh: '该条目由支部认定或系统自动计分，不能个人申报',
    en: 'This item is recorded by the branch or scored automatically; it cannot be claimed',
  },
  POINTS_EVIDENCE_REQUIRED: { zh: '该条目须上传佐证材料', en: 'This item needs evidence' },
  POINTS_DATE_OUTSIDE_YEAR: { zh: '日期不在本积分年度内', en: 'The date is outside the rule set’s year' },
  POINTS_DATE_IN_FUTURE: { zh: '不能申报尚未发生的事项', en: 'The date is in the future' },
  POINTS_UNITS_INVALID: {
    zh: '数量须大于0，按次计分的条目须为整数',
    en: 'The quantity must be positive, and whole for items counted per occurrence',
  },
} as const satisfies Record<string, { zh: string; en: string }>;
export type PointClaimErrorCode = keyof typeof POINT_CLAIM_ERRORS;
