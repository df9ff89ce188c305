// The metric keys the built-in templates may reference. Each one is registered by the module that owns
// its records (values per org over the assessed period); the platform can cross-check this list against
// the metric registry. Anything not listed here is an evidence item until a module offers a metric.

export const KNOWN_METRIC_KEYS = [
  'meetings.periods',
  'meetings.count',
  'meetings.group_coverage',
  'meetings.first_topic_share',
  'meetings.reviewed_share',
  'meetings.invalid_decisions',
  'attendance.rate',
  'lessons.by_secretary',
  'life_meeting.rectified',
  'members.absent_3_months',
  'members.absent_6_months_org',
  'class_hours.share_met',
  'talks.coverage',
  'appraisal.done',
  'appraisal.within_cap',
  'members.count',
  'branch.size_valid',
  'committee.complete',
  'secretary.vacancy_days',
  'term.overdue_days',
  'groups.set_up',
] as const;
export type KnownMetricKey = (typeof KNOWN_METRIC_KEYS)[number];

export const MEETING_METRIC_TYPES = [
  'general_meeting',
  'committee_meeting',
  'group_meeting',
  'party_lesson',
  'theme_day',
  'life_meeting',
  'appraisal_meeting',
  'study',
  'joint_activity',
] as const;

export const MEETING_METRIC_PERIODS = ['month', 'quarter', 'half', 'year'] as const;

/** The parameters each metric takes, with their allowed values; metrics not listed take none. */
export const KNOWN_METRIC_PARAMS: Partial<Record<KnownMetricKey, Record<string, readonly string[]>>> = {
  'meetings.periods': { type: MEETING_METRIC_TYPES, period: MEETING_METRIC_PERIODS },
  'meetings.count': { type: MEETING_METRIC_TYPES },
};

export function isKnownMetricKey(key: string): key is KnownMetricKey {
  return (KNOWN_METRIC_KEYS as readonly string[]).includes(key);
}
