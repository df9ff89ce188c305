import type {
  PointAwarder,
  PointCapPeriod,
  PointCategory,
  PointEntryStatus,
  PointEventKind,
  PointParticipantRole,
  PointPeriod,
  PointRuleSet,
  PointSign,
  PointUnit,
  PointUsage,
} from '@zhibu/shared';

// The shapes of the points API (apps/server/src/modules/points): person-points, find-balances,
// find-queue, find-rule-sets and create-rule-set.

export type Bilingual = { zh: string; en: string };

/** ?year=2026 (whole year) or &quarter=1–4. */
export type PeriodParams = { year: number; quarter?: number };

export type EntryOrigin = 'automatic' | 'claim' | 'branch' | 'appeal';
export type AppealStatus = 'open' | 'upheld' | 'dismissed';
export type RuleSetStatus = 'draft' | 'published' | 'superseded';

export type PointFile = { id: string; fileName: string; mime: string; hasThumb: boolean };

export type PointEntryView = {
  id: string;
  itemCode: string;
  itemTitle: string;
  category: PointCategory | null;
  veto: boolean;
  /** Signed: deductions and reversals of awards are negative. */
  points: number;
  units: number;
  /** What the entry counts after caps (signed). */
  counted: number;
  /** Why it counts less than its points; null when it counts in full. */
  explanation: Bilingual | null;
  occurredOn: string;
  origin: EntryOrigin;
  sourceType: string | null;
  /** The meeting of an automatic entry. */
  sourceId: string | null;
  status: PointEntryStatus;
  note: string | null;
  reviewReason: string | null;
  /** This entry is the reversal of that one. */
  reversesId: string | null;
  /** The entry that reversed this one. */
  reversedBy: string | null;
  /** The date of the reversed entry. */
  reversesTitle: string | null;
  files: PointFile[];
};

export type ClaimableItem = {
  code: string;
  title: string;
  category: PointCategory;
  points: number;
  unit: PointUnit;
  cap: { period: PointCapPeriod; points: number } | null;
  evidenceRequired: boolean;
};

export type MyAppeal = {
  id: string;
  entryId: string;
  reason: string;
  status: AppealStatus;
  createdAt: string;
  decidedAt: string | null;
  decisionReason: string | null;
};

export type CategorySubtotal = { category: PointCategory; positive: number; negative: number };

export type PointBalanceView = {
  from: string;
  to: string;
  base: number;
  positive: number;
  negative: number;
  total: number;
  vetoed: boolean;
  vetoItems: { code: string; title: string; occurredOn: string; entryId: string }[];
  categories: CategorySubtotal[];
  lines: Bilingual[];
};

export type AppraisalInput = {
  role: PointParticipantRole;
  usedFor: PointUsage;
  graded: boolean;
  total: number;
  vetoed: boolean;
  forcedGrade: string | null;
  note: Bilingual;
};

/** GET /points/me and /points/people/:id. */
export type PersonPoints = {
  person: { id: string; name: string; role: PointParticipantRole; roleLabel: Bilingual };
  year: number;
  period: PointPeriod;
  ruleSet: {
    id: string;
    name: string;
    version: number;
    basePoints: number;
    positiveCap: number | null;
    minTotal: number | null;
    maxTotal: number | null;
  } | null;
  balance: PointBalanceView | null;
  entries: PointEntryView[];
  claimable: ClaimableItem[];
  appeals: MyAppeal[];
  appraisal: AppraisalInput | null;
};

export type ClaimInput = {
  ruleCode: string;
  occurredOn: string;
  units: number;
  note?: string;
  files: File[];
};

/** GET /points/claims. */
export type QueuedClaim = {
  id: string;
  personId: string;
  name: string;
  orgName: string;
  itemCode: string;
  itemTitle: string;
  evidenceRequired: boolean;
  points: number;
  units: number;
  occurredOn: string;
  note: string | null;
  createdAt: string;
  reviewReason: string | null;
  files: PointFile[];
};

export type BalanceQuery = PeriodParams & { orgId: string; q?: string; page: number; pageSize: number; order?: 'name' | 'points' };

export type BalanceRow = {
  personId: string;
  name: string;
  orgName: string;
  partyStatus: string;
  total: number;
  positive: number;
  negative: number;
  vetoed: boolean;
  pending: number;
};

/** GET /points/balances: a roster in name order, never a ranking. */
export type Balances = {
  ruleSet: { id: string; name: string; version: number } | null;
  /** Whether the rule set in force lets administrators order members by points. */
  rankingAllowed: boolean;
  total: number;
  items: BalanceRow[];
};

export type AwardInput = {
  personId: string;
  ruleCode: string;
  occurredOn: string;
  units: number;
  note: string | null;
};

/** GET /points/appeals. */
export type OpenAppeal = {
  id: string;
  entryId: string;
  name: string;
  orgName: string;
  reason: string;
  status: AppealStatus;
  createdAt: string;
  decisionReason: string | null;
  itemCode: string;
  itemTitle: string;
  points: number;
  entryStatus: PointEntryStatus;
  occurredOn: string;
  reviewReason: string | null;
  note: string | null;
};

export type RuleSetListItem = {
  id: string;
  scopeOrgId: string;
  scopeName: string;
  code: string;
  name: string;
  year: number;
  version: number;
  status: RuleSetStatus;
  templateKey: string | null;
  createdAt: string;
  publishedAt: string | null;
  items: number;
};

export type RuleSetDetail = Omit<RuleSetListItem, 'items'> & { definition: PointRuleSet };

export type PointTemplate = { key: string; zh: string; en: string; descriptionZh: string; items: number };

export type CreateRuleSetInput = { scopeOrgId: string; year: number; templateKey: string };

/** GET /points/aggregates: branch figures, never individuals. */
export type BranchAggregate = {
  orgId: string;
  orgName: string;
  members: number;
  average: number | null;
  vetoed: number;
  pending: number;
};

export type { PointAwarder, PointEventKind, PointSign };
