import type { CriterionKind, SchemeDefinition, SchemeKind } from '@zhibu/shared';

// Response shapes of apps/server/src/modules/ratings (schemes, rounds, assessment routes).

export type Bilingual = { zh: string; en: string };
export type LevelLabel = { level: number; zh: string; en: string };

export type RatingTemplate = {
  key: string;
  zh: string;
  en: string;
  description: string;
  kind: SchemeKind;
  period: 'year' | 'quarter';
  categories: number;
  criteria: number;
  automatic: number;
  hard: { 3: number; 4: number; 5: number };
};

export type SchemeListItem = {
  id: string;
  code: string;
  name: string;
  kind: SchemeKind;
  period: 'year' | 'quarter';
  orgTypes: string[];
  scopeOrgId: string;
  scopeName: string;
  templateKey: string | null;
  createdAt: string;
  latestVersion: number;
  publishedVersion: number | null;
};

export type VersionStatus = 'draft' | 'published';

export type SchemeVersionItem = {
  id: string;
  version: number;
  status: VersionStatus;
  note: string | null;
  publishedAt: string | null;
  updatedAt: string;
  criteria: number;
};

export type SchemeDetail = Omit<SchemeListItem, 'latestVersion' | 'publishedVersion'> & {
  versions: SchemeVersionItem[];
};

export type SchemeVersion = {
  schemeId: string;
  version: number;
  status: VersionStatus;
  note: string | null;
  publishedAt: string | null;
  updatedAt: string;
  definition: SchemeDefinition;
};

export type CreateSchemeInput = { scopeOrgId: string; templateKey: string; code?: string; name?: string };

export type RoundStatus = 'open' | 'published' | 'archived';

export type RoundListItem = {
  id: string;
  schemeId: string;
  schemeName: string;
  schemeKind: SchemeKind;
  version: number;
  scopeOrgId: string;
  scopeName: string;
  title: string;
  year: number;
  quarter: number | null;
  status: RoundStatus;
  evaluatedAt: string | null;
  publishedAt: string | null;
  archivedAt: string | null;
};

export type SubmissionStatus = 'draft' | 'submitted' | 'returned' | 'reviewed';

export type RoundDetail = RoundListItem & {
  orgCount: number;
  submissions: Partial<Record<SubmissionStatus, number>>;
  results: number;
  myOrgs: { id: string; name: string; code: string; canAssess: boolean }[];
};

export type OpenRoundInput = {
  schemeId: string;
  version: number;
  year: number;
  quarter?: number | null;
  title?: string;
};

export type RatingJob = {
  id: string;
  state: 'queued' | 'running' | 'succeeded' | 'failed';
  progress: { done: number; total: number };
  message: string | null;
};

export type ResultFlags = {
  quotaCut?: boolean;
  oneStepCapped?: boolean;
  overridden?: boolean;
  overrideReason?: string | null;
  overrideError?: string | null;
  vetoedBy?: string[];
};

export type LeagueParams = {
  underOrgId?: string;
  level?: number;
  q?: string;
  page: number;
  pageSize: number;
  sort: 'total' | 'code';
};

export type CategoryScore = { code: string; score: number; max: number };

export type LeagueItem = {
  orgId: string;
  code: string;
  name: string;
  parentName: string | null;
  total: number;
  level: number | null;
  previousLevel: number | null;
  flags: ResultFlags;
  categories: CategoryScore[];
  submission: SubmissionStatus | null;
  levelLabel: Bilingual;
};

export type LevelCount = { level: number | null; label: Bilingual; count: number };

export type League = {
  round: { id: string; title: string; status: RoundStatus; evaluatedAt: string | null };
  categories: { code: string; title: string }[];
  levels: LevelLabel[];
  items: LeagueItem[];
  total: number;
  distribution: LevelCount[];
};

export type CriterionStatus = 'pass' | 'fail' | 'pending' | 'skipped';

export type ResultCriterion = {
  code: string;
  title: string;
  description: string | null;
  kind: CriterionKind;
  required: boolean;
  hardFromStar: number | null;
  maxScore: number;
  value: number | null;
  score: number;
  weighted: number;
  status: CriterionStatus;
  explanation: Bilingual;
  /** `changed`: on a draft, the records changed after the evaluation, so none are listed. */
  sources: { type: string | null; ids: string[]; changed: boolean };
};

export type ResultCategory = {
  code: string;
  title: string;
  group: string;
  score: number;
  max: number;
  criteria: ResultCriterion[];
};

export type HardItem = { code: string; fromStar: number; status: CriterionStatus };

export type Suggestion = { code: string; title: string; gain: number; action: Bilingual };

export type RatingResult = {
  round: {
    id: string;
    title: string;
    status: RoundStatus;
    year: number;
    quarter: number | null;
    schemeKind: SchemeKind;
  };
  org: { id: string; name: string; code: string };
  total: number;
  level: number | null;
  levelLabel: Bilingual;
  computedLevel: number | null;
  bandLevel: number | null;
  hardCap: number | null;
  previousLevel: number | null;
  /** The hard items not passed (`hardOpen`; older results list every hard item as `hard`). */
  flags: ResultFlags & { hardOpen?: HardItem[]; hard?: HardItem[] };
  evaluatedAt: string;
  categories: ResultCategory[];
  gap: {
    next: number | null;
    nextLabel: Bilingual;
    pointsShort: number;
    failingHard: { code: string; title: string; fromStar: number; status: string }[];
    suggestions: Suggestion[];
  } | null;
  levels: LevelLabel[];
};

export type WhatIfChange = {
  code: string;
  addValue?: number;
  setValue?: number;
  reviewScore?: number;
  answered?: boolean;
};

export type WhatIfView = {
  total: number;
  level: number | null;
  levelLabel: Bilingual;
  hardCap: number | null;
  categories: CategoryScore[];
};

export type WhatIfResult = {
  before: WhatIfView;
  after: WhatIfView;
  changed: {
    code: string;
    before: { score: number; status: CriterionStatus };
    after: { score: number; status: CriterionStatus; explanation: Bilingual };
  }[];
};

export type Trend = {
  scheme: { id: string; name: string };
  rounds: {
    roundId: string;
    title: string;
    year: number;
    quarter: number | null;
    orgs: number;
    levels: { level: number | null; label: string; count: number }[];
  }[];
};

export type Evidence = { id: string; fileName: string; mime: string; bytes: number; hasThumb: boolean };

export type AnswerReview = {
  score: number | null;
  pass: boolean | null;
  triggered: boolean | null;
  comment: string | null;
  at: string | null;
};

export type SheetCriterion = {
  code: string;
  title: string;
  description: string | null;
  kind: CriterionKind;
  required: boolean;
  hardFromStar: number | null;
  maxScore: number;
  answered: boolean;
  selfScore: number | null;
  selfNote: string | null;
  review: AnswerReview | null;
  evidence: Evidence[];
};

export type Assessment = {
  round: { id: string; title: string; status: RoundStatus };
  org: { id: string; name: string; code: string };
  submission: {
    status: SubmissionStatus;
    returnReason: string | null;
    submittedAt: string | null;
    reviewedAt: string | null;
    version: number;
  };
  categories: { code: string; title: string; group: string; criteria: SheetCriterion[] }[];
};

export type AnswerInput = { answered?: boolean; selfScore?: number | null; selfNote?: string | null };

export type ReviewInput = {
  score?: number | null;
  pass?: boolean | null;
  triggered?: boolean | null;
  comment?: string | null;
};
