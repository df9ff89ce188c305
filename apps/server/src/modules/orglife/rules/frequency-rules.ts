import { MEETING_TYPES as MEETING_TYPE_LABELS, type MeetingType, type OrgType } from '@zhibu/shared';

// Required frequencies of organisational life (domain-rules §1.5). Defaults ship as data; each
// installation may version its own set per year and org type.

export const MEETING_TYPES = MEETING_TYPE_LABELS.values;
export type { MeetingType };

export type Period = 'month' | 'quarter' | 'half' | 'year';

export type FrequencyRule = {
  meetingType: MeetingType;
  period: Period;
  min: number;
  appliesTo: readonly OrgType[];
  /** Only for branches that must have a committee (7+ full members) or have one. */
  needsCommittee?: boolean;
};

export const DEFAULT_FREQUENCY_RULES: readonly FrequencyRule[] = [
  { meetingType: 'general_meeting', period: 'quarter', min: 1, appliesTo: ['branch'] },
  { meetingType: 'committee_meeting', period: 'month', min: 1, appliesTo: ['branch'], needsCommittee: true },
  { meetingType: 'group_meeting', period: 'month', min: 1, appliesTo: ['group'] },
  { meetingType: 'party_lesson', period: 'quarter', min: 1, appliesTo: ['branch'] },
  { meetingType: 'theme_day', period: 'month', min: 1, appliesTo: ['branch'] },
  { meetingType: 'life_meeting', period: 'year', min: 1, appliesTo: ['branch'] },
  { meetingType: 'appraisal_meeting', period: 'year', min: 1, appliesTo: ['branch'] },
];

/** The months (1–12) making up the period that ends in, or contains, `month`. */
export function periodMonths(period: Period, month: number): number[] {
  const size = { month: 1, quarter: 3, half: 6, year: 12 }[period];
  const start = Math.floor((month - 1) / size) * size + 1;
  return Array.from({ length: size }, (_, i) => start + i);
}

/** Whether `month` is the last month of its period (where an unmet requirement becomes due). */
export function endsPeriod(period: Period, month: number): boolean {
  const months = periodMonths(period, month);
  return months[months.length - 1] === month;
}
