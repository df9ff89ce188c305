import type { AppraisalGrade, IndicatorSource, IndicatorTemplate, RaterGroup } from '@zhibu/shared';

// The shapes of /api/v1/evaluation/* and /api/v1/rate/:token (岗位量化评价).

export type Bilingual = { zh: string; en: string };
export type RoundStatus = 'draft' | 'open' | 'closed' | 'published';

type RoundBase = {
  id: string;
  templateKey: string;
  year: number;
  quarter: number | null;
  title: string;
  peerSample: number | null;
  status: RoundStatus;
  statusLabel: Bilingual;
  rosterOn: string | null;
  createdAt: string;
  openedAt: string | null;
  closedAt: string | null;
  publishedAt: string | null;
};

export type RoundListItem = RoundBase & {
  orgNodeId: string;
  orgName: string;
  templateName: string;
  ratees: number;
};

export type GroupProgress = { group: RaterGroup; assigned: number; submitted: number; revoked?: number };

export type RoundDetail = RoundBase & {
  orgId: string;
  orgName: string;
  template: IndicatorTemplate;
  ratees: { total: number; probationary: number };
  progress: GroupProgress[];
  metrics: { code: string; key: string; label: string | null; available: boolean }[];
};

export type EvaluationTemplate = {
  key: string;
  zh: string;
  en: string;
  description: string;
  categories: number;
  indicators: number;
  raterGroups: RaterGroup[];
};

export type CreateRoundInput = {
  orgId: string;
  templateKey?: string;
  year: number;
  quarter?: number | null;
  title?: string;
  peerSample?: number | null;
};

export type StaffLink = { token: string; path: string };

export type FormIndicator = {
  code: string;
  title: string;
  description: string | null;
  maxScore: number;
  categoryCode: string;
  categoryTitle: string;
};

export type RatingForm = { group: RaterGroup; label: Bilingual; indicators: FormIndicator[] };

export type Scores = Record<string, number>;

export type MyRound = {
  id: string;
  title: string;
  year: number;
  quarter: number | null;
  status: RoundStatus;
  statusLabel: Bilingual;
  sheets: number;
  submitted: number;
};

export type MySheet = {
  rateeId: string;
  rateeName: string;
  group: RaterGroup;
  scores: Scores | null;
  submittedAt: string | null;
  updatedAt: string | null;
};

export type MySheets = {
  round: {
    id: string;
    title: string;
    year: number;
    quarter: number | null;
    status: RoundStatus;
    statusLabel: Bilingual;
    orgName: string;
  };
  editable: boolean;
  forms: RatingForm[];
  sheets: MySheet[];
};

export type StaffForm = {
  round: { title: string; year: number; quarter: number | null };
  branch: { name: string };
  ratees: { id: string; name: string }[];
  form: RatingForm;
};

export type GroupScore = { mean: number | null; count: number; used: number; trimmed: boolean };

export type IndicatorResult = {
  code: string;
  score: number;
  maxScore: number;
  weighted: number;
  status: 'scored' | 'pending';
  weights?: Partial<Record<RaterGroup, number>>;
  explanation: Bilingual;
  categoryCode: string;
  overall: boolean;
  source: IndicatorSource;
  weight: number;
  groups?: Partial<Record<RaterGroup, GroupScore>>;
  vetoed: boolean;
};

export type CategoryScore = { code: string; title: string; score: number; max: number };

export type Suggestion = {
  suggestion: true;
  grade: AppraisalGrade;
  label: Bilingual;
  cause?: 'veto' | 'band' | 'floor';
  reason?: Bilingual;
  notes?: Bilingual[];
};

export type ResultSummary = {
  personId: string;
  name: string;
  partyStatus: 'full' | 'probationary';
  total: number;
  points: number;
  maxPoints: number;
  vetoed: boolean;
  categories: CategoryScore[];
  completion: {
    assigned: number;
    submitted: number;
    share: number | null;
    byGroup: Partial<Record<RaterGroup, { assigned: number; submitted: number }>>;
  };
  pending: string[];
  suggestion: Suggestion;
};

export type MemberDetail = ResultSummary & {
  indicators: IndicatorResult[];
  vetoedBy: { code: string; reason?: string }[];
  values: { code: string; value: number; override: boolean; reason: string | null; enteredAt: string }[];
  vetoes: { code: string; reason: string; markedAt: string }[];
};

export type RoundResults = { roundId: string; status: RoundStatus; frozen: boolean; items: ResultSummary[] };

export type PublishedItem = Pick<
  ResultSummary,
  'personId' | 'name' | 'partyStatus' | 'total' | 'maxPoints' | 'vetoed' | 'categories' | 'suggestion'
>;

export type PublishedResults = {
  round: {
    id: string;
    title: string;
    year: number;
    quarter: number | null;
    orgName: string;
    publishedAt: string | null;
  };
  items: PublishedItem[];
  mine: MemberDetail | null;
};

export type EvaluationComment = {
  id: string;
  subjectId: string | null;
  authorName: string;
  body: string;
  createdAt: string;
};

export type ValueEntry = { personId: string; code: string; value: number | null; reason?: string | null };
export type VetoInput = { personId: string; code: string; vetoed: boolean; reason: string };
export type SheetInput = { rateeId: string; group: RaterGroup; scores: Scores };
