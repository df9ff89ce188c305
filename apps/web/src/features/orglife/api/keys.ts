import type { ComplianceFilter, MeetingListParams } from './types';

export const orglifeKeys = {
  all: ['orglife'] as const,
  meetings: ['orglife', 'meetings'] as const,
  meetingList: (p: MeetingListParams) => ['orglife', 'meetings', 'list', p] as const,
  meeting: (id: string) => ['orglife', 'meetings', 'detail', id] as const,
  rectifications: (id: string) => ['orglife', 'meetings', 'rectifications', id] as const,
  /** Everything derived from meeting records: the matrix, calendars, plan status, absence warnings. */
  compliance: ['orglife', 'compliance'] as const,
  complianceMatrix: (f: ComplianceFilter) => ['orglife', 'compliance', 'matrix', f] as const,
  orgCompliance: (orgId: string, year: number) => ['orglife', 'compliance', 'org', orgId, year] as const,
  plans: ['orglife', 'plans'] as const,
  plan: (orgId: string, year: number) => ['orglife', 'plans', orgId, year] as const,
  talks: ['orglife', 'talks'] as const,
  talkList: (orgId: string, year: number) => ['orglife', 'talks', 'list', orgId, year] as const,
  talkCoverage: (orgId: string, year: number) => ['orglife', 'talks', 'coverage', orgId, year] as const,
  appraisals: ['orglife', 'appraisals'] as const,
  appraisal: (orgId: string, year: number) => ['orglife', 'appraisals', orgId, year] as const,
  absence: (underId: string | undefined) => ['orglife', 'absence', underId ?? null] as const,
  job: (id: string) => ['jobs', id] as const,
};
