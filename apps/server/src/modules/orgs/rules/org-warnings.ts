import type { OrgType } from '@zhibu/shared';
import { addMonths } from '../../../platform/clock';

// Organisation-tree warnings from 支部工作条例 (domain-rules §1.1, §1.3). They are warnings, not
// errors: exceptions are allowed with approval from the higher organisation.
export type OrgWarningCode =
  | 'BRANCH_TOO_FEW_FULL_MEMBERS'
  | 'BRANCH_NEEDS_COMMITTEE'
  | 'BRANCH_TOO_LARGE'
  | 'TERM_ENDING_SOON'
  | 'TERM_OVERDUE'
  | 'SECRETARY_VACANT';

export type OrgWarning = { code: OrgWarningCode; severity: 'red' | 'yellow'; params: Record<string, string | number> };

export type OrgFacts = {
  type: OrgType;
  /** 正式党员 directly in this org (probationary members do not count towards 3 or 7). */
  fullMembers: number;
  /** 正式 + 预备: the 50-member cap counts all members. */
  members: number;
  /** Committee posts (书记, 委员 ...) filled in the current term; 0 when there is no term. */
  committeeSize: number;
  hasSecretary: boolean;
  termEndsOn: string | null;
};

export const THRESHOLDS = {
  minFullMembers: 3,
  committeeFromFullMembers: 7,
  minCommitteeSize: 3,
  maxBranchMembers: 50,
  termWarnMonths: 6,
} as const;

export function orgWarnings(o: OrgFacts, today: string): OrgWarning[] {
  const w: OrgWarning[] = [];
  if (o.type === 'branch') {
    if (o.fullMembers < THRESHOLDS.minFullMembers) {
      w.push({ code: 'BRANCH_TOO_FEW_FULL_MEMBERS', severity: 'yellow', params: { fullMembers: o.fullMembers } });
    }
    if (o.fullMembers >= THRESHOLDS.committeeFromFullMembers && o.committeeSize < THRESHOLDS.minCommitteeSize) {
      w.push({
        code: 'BRANCH_NEEDS_COMMITTEE',
        severity: 'yellow',
        params: { fullMembers: o.fullMembers, committeeSize: o.committeeSize },
      });
    }
    if (o.members > THRESHOLDS.maxBranchMembers) {
      w.push({ code: 'BRANCH_TOO_LARGE', severity: 'yellow', params: { members: o.members } });
    }
  }
  if (o.type !== 'group' && !o.hasSecretary) {
    w.push({ code: 'SECRETARY_VACANT', severity: 'yellow', params: {} });
  }
  // Party groups have appointed leaders, not elected terms.
  if (o.termEndsOn && o.type !== 'group') {
    if (o.termEndsOn < today) {
      w.push({ code: 'TERM_OVERDUE', severity: 'red', params: { endsOn: o.termEndsOn } });
    } else if (o.termEndsOn <= addMonths(today, THRESHOLDS.termWarnMonths)) {
      w.push({ code: 'TERM_ENDING_SOON', severity: 'yellow', params: { endsOn: o.termEndsOn } });
    }
  }
  return w;
}
