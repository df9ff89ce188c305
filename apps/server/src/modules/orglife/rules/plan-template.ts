import { MEETING_TYPES, type OrgType } from '@zhibu/shared';
import type { FrequencyRule, MeetingType } from './frequency-rules';

// An annual plan drafted from the frequency rules: monthly items every month, quarterly ones in the
// middle month of each quarter (slack before it is judged), half-yearly in March and September,
// yearly ones in December; 主题党日 on the first Friday, a common fixed day.

export type PlanDraft = { month: number; meetingType: MeetingType; title: string; plannedOn: string | null };

const MONTHS: Record<FrequencyRule['period'], number[]> = {
  month: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  quarter: [2, 5, 8, 11],
  half: [3, 9],
  year: [12],
};

export function firstFriday(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month - 1, 1));
  const offset = (5 - d.getUTCDay() + 7) % 7;
  return `${year}-${String(month).padStart(2, '0')}-${String(1 + offset).padStart(2, '0')}`;
}

export function draftPlan(
  rules: readonly FrequencyRule[],
  org: { type: OrgType; hasCommittee: boolean },
  year: number,
): PlanDraft[] {
  const out: PlanDraft[] = [];
  for (const r of rules) {
    if (!r.appliesTo.includes(org.type) || (r.needsCommittee && !org.hasCommittee)) continue;
    for (const month of MONTHS[r.period]) {
      for (let i = 0; i < r.min; i++) {
        out.push({
          month,
          meetingType: r.meetingType,
          title: `${month}月${MEETING_TYPES.label(r.meetingType)}`,
          plannedOn: r.meetingType === 'theme_day' ? firstFriday(year, month) : null,
        });
      }
    }
  }
  return out.sort((a, b) => a.month - b.month);
}
