// 党章: six consecutive months without organisational life (without good reason) counts as leaving the
// Party of one's own accord. The platform warns early (domain-rules §1.6): at 3 months and at 5 months.
export const ABSENCE_WARN_MONTHS = { notice: 3, urgent: 5, lapse: 6 } as const;

export type AbsenceLevel = 'ok' | 'notice' | 'urgent';

/** Whole months from `since` to `today` (a month counts once its day is reached). */
export function monthsSince(since: string, today: string): number {
  const [sy, sm, sd] = since.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return (ty - sy) * 12 + (tm - sm) - (td < sd ? 1 : 0);
}

export function absenceLevel(lastAttendedOrSince: string, today: string): AbsenceLevel {
  const m = monthsSince(lastAttendedOrSince, today);
  if (m >= ABSENCE_WARN_MONTHS.urgent) return 'urgent';
  if (m >= ABSENCE_WARN_MONTHS.notice) return 'notice';
  return 'ok';
}
