import type {
  CertificateRequirement,
  CredentialKind,
  CredentialLevel,
  JobPortrait,
  TalentCriteria,
  TalentTier,
} from '@zhibu/shared';

// The talent API's answers as the pages read them (apps/server/src/modules/talent).

export type Bilingual = { zh: string; en: string };

/** A person as talent pages see them; the ID number arrives masked unless the user may read it. */
export type TalentPerson = {
  id: string;
  name: string;
  orgNodeId: string;
  orgName: string;
  jobPost: string | null;
  birthDate: string | null;
  partyStatus: string;
  idNumber: string | null;
};

export type PortraitListItem = {
  id: string;
  scopeOrgId: string;
  scopeOrgName: string;
  code: string;
  title: string;
  family: string;
  builtinCode: string | null;
  indicators: number;
  mandatoryCertificates: number;
  version: number;
  updatedAt: string;
  editable: boolean;
};

export type PortraitDetail = PortraitListItem & { definition: JobPortrait; createdAt: string };

export type PortraitTemplates = {
  items: JobPortrait[];
  families: readonly Bilingual[];
};

export type CredentialView = {
  id: string;
  personId: string;
  kind: CredentialKind;
  name: string;
  level: CredentialLevel | null;
  issuer: string | null;
  obtainedOn: string;
  expiresOn: string | null;
  result: string | null;
  certificateNo: string | null;
  origin: 'manual' | 'import';
  createdAt: string;
};

export type CredentialsView = {
  person: TalentPerson;
  today: string;
  items: CredentialView[];
  summary: {
    current: number;
    byKind: Record<CredentialKind, number>;
    highestTitle: CredentialView | null;
    highestSkill: CredentialView | null;
    expiringSoon: { credential: CredentialView; expiresOn: string; daysLeft: number }[];
    expired: CredentialView[];
    notYetValid: CredentialView[];
  };
};

export type CredentialInput = {
  kind: CredentialKind;
  name: string;
  level?: CredentialLevel | null;
  issuer?: string | null;
  obtainedOn: string;
  expiresOn?: string | null;
  result?: string | null;
  certificateNo?: string | null;
};

export type RadarPoint = { code: string; title: string; score: number | null; weight: number };

export type CertificateCheck = {
  requirement: CertificateRequirement;
  status: 'held' | 'expired' | 'level_too_low' | 'missing';
  credential: CredentialView | null;
  explanation: Bilingual;
};

export type PortraitMatch = {
  portraitCode: string;
  score: number;
  qualified: boolean;
  gateFailures: { code: string; title: string; min: number; score: number | null }[];
  missingCertificates: CertificateCheck[];
  certificates: CertificateCheck[];
  unscored: string[];
  radar: RadarPoint[];
  explanation: Bilingual[];
};

export type TierGap = { tier: TalentTier; missing: Bilingual[]; reachable: boolean };

export type MatchView = {
  person: TalentPerson;
  portrait: { id: string; code: string; title: string; family: string; scopeOrgName: string };
  today: string;
  scores: {
    code: string;
    title: string;
    score: number;
    scoredOn: string;
    scoredBy: string | null;
    note: string | null;
  }[];
  match: PortraitMatch;
  tier: {
    criteria: 'default';
    decision: {
      tier: TalentTier | null;
      reasons: Bilingual[];
      next: TierGap | null;
      explanation: Bilingual[];
    };
    assigned: { tier: TalentTier; assignedOn: string; reason: string; assignedBy: string | null } | null;
  };
};

export type ScoresInput = {
  portraitId: string;
  scoredOn: string;
  scores: { code: string; score: number }[];
  note?: string | null;
};

export type ImportProblem = {
  key: string;
  header: string;
  code: string;
  value: string | null;
  message: Bilingual;
};

export type ImportReport = {
  mode: 'check' | 'commit';
  committed: boolean;
  fileName: string;
  totalRows: number;
  validRows: number;
  invalidRows: number;
  rows: { rowNo: number; personName: string | null; idNumber: string | null; problems: ImportProblem[] }[];
  created?: number;
  people?: number;
};

export type Paged<T> = { total: number; page: number; pageSize: number; items: T[] };

export type TierItem = { person: TalentPerson; tier: TalentTier; assignedOn: string; reason: string };

export type ReserveReview = {
  dueOn: string;
  daysUntilDue: number;
  due: boolean;
  dueSoon: boolean;
  meetsCriteria: boolean;
  action: 'keep' | 'review' | 'suggest_removal';
  missing: Bilingual[];
  explanation: Bilingual[];
};

export type ReserveItem = {
  id: string;
  person: TalentPerson;
  portrait: { id: string; code: string; title: string };
  enteredOn: string;
  targetTier: TalentTier | null;
  direction: string | null;
  criteria: TalentCriteria;
  lastReviewedOn: string | null;
  reviewMonths: number;
  status: 'active' | 'removed';
  removedOn: string | null;
  removedReason: string | null;
  match: { score: number; qualified: boolean };
  review: ReserveReview;
};

/** One review the branch recorded, as GET /talent/reserve/:id lists them (newest first). */
export type ReserveReviewRecord = {
  id: string;
  reviewedOn: string;
  outcome: 'keep' | 'remove';
  reason: string | null;
  meetsCriteria: boolean;
  matchScore: number | null;
  nextReviewOn: string | null;
  reviewedBy: string | null;
};

/** GET /talent/reserve/:id: the entry, today's review (active entries only) and every review recorded. */
export type ReserveEntryDetail = Omit<ReserveItem, 'review'> & {
  personId: string;
  portraitId: string;
  nextReviewOn: string | null;
  review: ReserveReview | null;
  reviews: ReserveReviewRecord[];
};

export type ReservePage = Paged<ReserveItem> & {
  today: string;
  due: number;
  dueSoon: number;
  suggestRemoval: number;
};

export type ReserveQuery = {
  orgId: string;
  q?: string;
  status: 'active' | 'removed';
  page: number;
  pageSize: number;
};
export type TierQuery = { orgId: string; tier?: TalentTier; q?: string; page: number; pageSize: number };

export type MyTalent = {
  person: TalentPerson;
  tier: { tier: TalentTier; assignedOn: string; reason: string } | null;
  portraits: {
    id: string;
    code: string;
    title: string;
    score: number;
    qualified: boolean;
    unscored: number;
  }[];
};
