import type {
  ABSENCE_REASONS,
  AppraisalGrade,
  ATTENDANCE_STATUSES,
  MEETING_STATUSES,
  MeetingType,
  PartyStatus,
} from '@zhibu/shared';

// Response shapes of apps/server/src/modules/orglife/*.routes.ts and orglife.schemas.ts.

export type MeetingStatus = (typeof MEETING_STATUSES.values)[number];
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES.values)[number];
export type AbsenceReason = (typeof ABSENCE_REASONS.values)[number];

export type MeetingListItem = {
  id: string;
  orgNodeId: string;
  orgName: string;
  types: MeetingType[];
  title: string;
  status: MeetingStatus;
  plannedStart: string | null;
  heldOn: string | null;
  place: string | null;
  valid: boolean | null;
  presentCount: number;
  expectedCount: number;
};

export type AttendanceRow = {
  personId: string;
  name: string;
  partyStatus: PartyStatus;
  /** On the roster of the meeting date (false for people added as 列席 or extra). */
  expected: boolean;
  voting: boolean;
  /** null until attendance is recorded: the roster is shown ready to be filled in. */
  status: AttendanceStatus | null;
  absenceReason: AbsenceReason | null;
  note: string | null;
  source: 'manual' | 'qr' | null;
  signedInAt: string | null;
};

/** A failed validity rule with its numbers (rules/meeting-validity.ts on the server). */
export type ValidityFailure = { rule: string } & Record<string, string | number>;

export type Resolution = {
  id: string;
  seq: number;
  text: string;
  yes: number;
  no: number;
  abstain: number;
  writtenYes: number;
};

export type Attachment = {
  id: string;
  fileName: string;
  mime: string;
  bytes: number;
  hasThumb: boolean;
  createdAt: string;
};

export type MeetingDetail = MeetingListItem & {
  actualStart: string | null;
  actualEnd: string | null;
  online: boolean;
  chairPersonId: string | null;
  chairName: string | null;
  recorderPersonId: string | null;
  recorderName: string | null;
  lecturerPersonId: string | null;
  lecturerName: string | null;
  lessonTopic: string | null;
  firstTopic: boolean;
  partners: string | null;
  agenda: string | null;
  minutes: string | null;
  validity: { valid: boolean; failures: ValidityFailure[] } | null;
  returnReason: string | null;
  reviewedAt: string | null;
  version: number;
  attendance: AttendanceRow[];
  resolutions: Resolution[];
  attachments: Attachment[];
  abilities: { update: boolean; review: boolean };
};

/** The fields of POST /meetings (and, partially, PATCH /meetings/:id). */
export type MeetingFields = {
  types: MeetingType[];
  title: string;
  plannedStart?: string | null;
  place?: string | null;
  online?: boolean;
  chairPersonId?: string | null;
  recorderPersonId?: string | null;
  lecturerPersonId?: string | null;
  lessonTopic?: string | null;
  firstTopic?: boolean;
  partners?: string | null;
  agenda?: string | null;
};

export type CreateMeetingInput = MeetingFields & { orgNodeId: string };
export type UpdateMeetingInput = Partial<MeetingFields> & {
  version: number;
  actualStart?: string | null;
  actualEnd?: string | null;
  heldOn?: string | null;
  minutes?: string | null;
};

export type AttendanceEntry = {
  personId: string;
  status: AttendanceStatus;
  absenceReason?: AbsenceReason | null;
  note?: string | null;
};

export type ResolutionInput = { text: string; yes: number; no: number; abstain: number; writtenYes: number };

export type TransitionInput =
  | { action: 'hold'; version: number; heldOn: string }
  | { action: 'record' | 'approve' | 'reopen'; version: number }
  | { action: 'return'; version: number; reason: string };

export type MeetingFilter = {
  q?: string;
  orgId?: string;
  type?: MeetingType;
  status?: MeetingStatus;
  from?: string;
  to?: string;
};
export type MeetingListParams = MeetingFilter & { page: number; pageSize: number };

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export type SignInCode = { token: string; url: string; qrSvg: string; expiresAt: string };

export type RectificationItem = {
  problem: string;
  measure: string;
  ownerPersonId: string | null;
  ownerName?: string | null;
  dueOn: string | null;
  closedOn: string | null;
};

// Compliance (三会一课落实情况).
export type CellStatus = 'green' | 'yellow' | 'red' | 'future' | 'none';
export type MissingItem = { meetingType: MeetingType; period: string; required: number; held: number };
export type MonthCell = { month: number; status: CellStatus; missing: MissingItem[] };
export type ComplianceRow = { orgId: string; orgName: string; parentName: string | null; cells: MonthCell[] };
export type ComplianceFilter = {
  year: number;
  underId?: string;
  type?: 'branch' | 'group';
  status?: 'green' | 'yellow' | 'red';
};
export type Compliance = {
  year: number;
  rulesVersion: number;
  items: ComplianceRow[];
  summary: { green: number; yellow: number; red: number };
};
export type OrgCompliance = {
  orgId: string;
  orgName: string;
  year: number;
  cells: MonthCell[];
  meetings: { id: string; title: string; types: MeetingType[]; heldOn: string; status: MeetingStatus }[];
};

// Annual plan.
export type PlanItem = {
  id: string;
  month: number;
  meetingType: MeetingType;
  title: string;
  plannedOn: string | null;
  note: string | null;
  status: 'done' | 'overdue' | 'upcoming';
  meetingIds: string[];
};
export type PlanItemInput = {
  orgNodeId: string;
  year: number;
  month: number;
  meetingType: MeetingType;
  title: string;
  plannedOn?: string | null;
  note?: string | null;
};
export type PlanItemPatch = {
  title?: string;
  month?: number;
  plannedOn?: string | null;
  note?: string | null;
};

// 谈心谈话.
export const TALK_TRIGGERS = [
  'routine',
  'job_change',
  'transfer_in',
  'commendation',
  'hardship',
  'confirmation',
  'appraisal_feedback',
  'other',
] as const;
export type TalkTrigger = (typeof TALK_TRIGGERS)[number];
export type TalkInput = {
  orgNodeId: string;
  talkedOn: string;
  initiatorPersonId: string;
  partnerPersonId: string;
  trigger: TalkTrigger;
  topic: string;
  followUp?: string | null;
};
export type Talk = {
  id: string;
  talkedOn: string;
  initiatorName: string;
  partnerName: string;
  trigger: string;
  topic: string;
  followUp: string | null;
};
export type NamedPerson = { personId: string; name: string };
export type TalkCoverage = {
  year: number;
  committee: (NamedPerson & { post: string })[];
  committeePairs: { a: NamedPerson; b: NamedPerson; talks: number }[];
  members: (NamedPerson & { talks: number; with: NamedPerson[] })[];
  missingMembers: NamedPerson[];
  required: number;
  covered: number;
};

// 民主评议.
export type AppraisalEntry = {
  personId: string;
  name: string;
  partyStatus: PartyStatus;
  selfGrade: AppraisalGrade | null;
  selfSummary: string | null;
  orgGrade: AppraisalGrade | null;
  vetoSource: string | null;
  vetoReason: string | null;
  note: string | null;
  finalGrade: AppraisalGrade | null;
  /** Ballot counts per grade (committee only; never who voted how). */
  ballots: Partial<Record<AppraisalGrade, number>>;
  /** What the post evaluation and the points suggest; a veto forces 不合格. */
  inputs: AppraisalInputView[];
};
export type AppraisalInputView = {
  source: string;
  title: { zh: string; en: string };
  text: { zh: string; en: string };
  suggestion: AppraisalGrade | null;
  veto: boolean;
};
export type AppraisalRound = {
  id: string;
  orgNodeId: string;
  orgName: string;
  year: number;
  status: 'open' | 'closed';
  manageable: boolean;
  cap: number;
  members: number;
  others: NamedPerson[];
  entries: AppraisalEntry[];
};
export type EvaluationInput = {
  selfGrade: AppraisalGrade;
  selfSummary: string;
  ballots: { personId: string; grade: AppraisalGrade }[];
};
export type GradeInput = { personId: string; grade: AppraisalGrade; note?: string | null };

// Absence warnings (3 and 5 months without organisational life).
export type AbsenceWarning = {
  personId: string;
  name: string;
  orgId: string;
  orgName: string;
  lastAttendedOn: string | null;
  since: string;
  months: number;
  level: 'notice' | 'urgent';
};

// Ledger job (GET /jobs/:id).
export type LedgerResult = { meetings: number; docx: string; xlsx: string; fileName: string };
export type LedgerJob = {
  id: string;
  state: 'queued' | 'running' | 'succeeded' | 'failed';
  progress: { done: number; total: number };
  result: LedgerResult | null;
  message: string | null;
};
