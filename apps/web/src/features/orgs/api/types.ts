import type { CommitteePost, OrgType } from '@zhibu/shared';

// Response shapes of apps/server/src/modules/orgs/orgs.schemas.ts.

export type OrgWarningCode =
  | 'BRANCH_TOO_FEW_FULL_MEMBERS'
  | 'BRANCH_NEEDS_COMMITTEE'
  | 'BRANCH_TOO_LARGE'
  | 'TERM_ENDING_SOON'
  | 'TERM_OVERDUE'
  | 'SECRETARY_VACANT';

export type OrgWarning = {
  code: string;
  severity: 'red' | 'yellow';
  params: Record<string, string | number>;
};

export type OrgTreeNode = {
  id: string;
  parentId: string | null;
  type: OrgType;
  name: string;
  shortName: string | null;
  code: string;
  isJoint: boolean;
  isTemporary: boolean;
  dissolved: boolean;
  memberCount: number;
  peopleCount: number;
  warningCount: number;
};

export type OrgPost = {
  id: string;
  post: CommitteePost;
  personId: string;
  personName: string;
  fromOn: string;
  toOn: string | null;
};

export type OrgTerm = {
  id: string;
  startsOn: string;
  endsOn: string;
  electedOn: string | null;
  note: string | null;
  closedOn: string | null;
  posts: OrgPost[];
};

export type OrgHistoryEntry = {
  id: string;
  kind: string;
  before: unknown;
  after: unknown;
  at: string;
  actorName: string | null;
};

export type OrgDetail = {
  id: string;
  parentId: string | null;
  parentName: string | null;
  type: OrgType;
  name: string;
  shortName: string | null;
  code: string;
  isJoint: boolean;
  isTemporary: boolean;
  businessUnitId: string | null;
  businessUnitName: string | null;
  foundedOn: string | null;
  contactName: string | null;
  contactPhone: string | null;
  dissolvedAt: string | null;
  version: number;
  counts: { fullMembers: number; probationary: number; people: number; children: number };
  currentTerm: OrgTerm | null;
  terms: OrgTerm[];
  warnings: OrgWarning[];
  history: OrgHistoryEntry[];
  abilities: { update: boolean; move: boolean; dissolve: boolean; createChild: boolean };
};

export type OrgWarningRow = {
  orgId: string;
  orgName: string;
  orgType: OrgType;
  parentName: string | null;
  warning: OrgWarning;
};

export type BusinessUnit = { id: string; parentId: string | null; type: string; name: string; code: string };

/** The editable fields of an organisation (create adds parentId and type; update adds version). */
export type OrgFields = {
  name: string;
  shortName?: string | null;
  code: string;
  isJoint?: boolean;
  isTemporary?: boolean;
  businessUnitId?: string | null;
  foundedOn?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
};

export type TermInput = {
  startsOn: string;
  endsOn: string;
  electedOn?: string | null;
  note?: string | null;
  posts: { personId: string; post: CommitteePost }[];
};
