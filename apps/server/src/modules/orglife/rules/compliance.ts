import type { OrgType } from '@zhibu/shared';
import { endsPeriod, periodMonths, type FrequencyRule, type MeetingType } from './frequency-rules';

// Compliance of one organisation for one year, month by month. A requirement is judged in the last
// month of its period (a quarterly general meeting is judged in March, June, September, December):
// met → green; its period is still running and it is not met yet → yellow; its period is over and it
// was not met → red. Months after today are "future". Pure: counts come from one set-based query.

export type CellStatus = 'green' | 'yellow' | 'red' | 'future' | 'none';

export type Missing = { meetingType: MeetingType; period: string; required: number; held: number };

export type MonthCell = { month: number; status: CellStatus; missing: Missing[] };

export type OrgComplianceInput = {
  type: OrgType;
  hasCommittee: boolean;
  /** counts[meetingType][month-1]: sittings of that type held in that month. */
  counts: Partial<Record<MeetingType, readonly number[]>>;
};

function periodLabel(year: number, rule: FrequencyRule, month: number): string {
  switch (rule.period) {
    case 'month':
      return `${year}-${String(month).padStart(2, '0')}`;
    case 'quarter':
      return `${year}Q${Math.ceil(month / 3)}`;
    case 'half':
      return `${year}H${month <= 6 ? 1 : 2}`;
    case 'year':
      return `${year}`;
  }
}

/**
 * @param today ISO date; months after today's month are 'future', today's month is still running.
 */
export function monthlyCompliance(
  org: OrgComplianceInput,
  rules: readonly FrequencyRule[],
  year: number,
  today: string,
): MonthCell[] {
  const ty = Number(today.slice(0, 4));
  const tm = Number(today.slice(5, 7));
  const applicable = rules.filter((r) => r.appliesTo.includes(org.type) && (!r.needsCommittee || org.hasCommittee));
  const cells: MonthCell[] = [];
  for (let month = 1; month <= 12; month++) {
    const running = year === ty && month === tm;
    const future = year > ty || (year === ty && month > tm);
    if (future) {
      cells.push({ month, status: 'future', missing: [] });
      continue;
    }
    const missing: Missing[] = [];
    let pending = false;
    for (const rule of applicable) {
      const months = periodMonths(rule.period, month);
      const held = months.filter((m) => m <= month).reduce((s, m) => s + (org.counts[rule.meetingType]?.[m - 1] ?? 0), 0);
      if (held >= rule.min) continue;
      if (endsPeriod(rule.period, month)) {
        const m = { meetingType: rule.meetingType, period: periodLabel(year, rule, month), required: rule.min, held };
        missing.push(m);
        if (running) pending = true;
      } else if (running) {
        // The period runs beyond this month: nothing is overdue yet, but it is still open.
        pending = true;
        missing.push({ meetingType: rule.meetingType, period: periodLabel(year, rule, month), required: rule.min, held });
      }
    }
    const status: CellStatus =
      applicable.length === 0 ? 'none' : missing.length === 0 ? 'green' : pending ? 'yellow' : 'red';
    cells.push({ month, status, missing });
  }
  return cells;
}
