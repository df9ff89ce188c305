import type { AttendanceRow } from '../api/types';

export type AttendanceCounts = {
  expected: number;
  present: number;
  absent: number;
  absentByReason: Record<string, number>;
  nonvoting: number;
  written: number;
  unmarked: number;
};

/** Counts for the attendance summary: 实到 counts present people on the roster (not 列席 guests). */
export function attendanceCounts(
  rows: readonly Pick<AttendanceRow, 'expected' | 'status' | 'absenceReason'>[],
) {
  const c: AttendanceCounts = {
    expected: 0,
    present: 0,
    absent: 0,
    absentByReason: {},
    nonvoting: 0,
    written: 0,
    unmarked: 0,
  };
  for (const r of rows) {
    if (r.expected) c.expected++;
    if (r.status === 'present' && r.expected) c.present++;
    if (r.status === 'absent') {
      c.absent++;
      const key = r.absenceReason ?? '';
      c.absentByReason[key] = (c.absentByReason[key] ?? 0) + 1;
    }
    if (r.status === 'nonvoting') c.nonvoting++;
    if (r.status === 'written_opinion') c.written++;
    if (r.status === null && r.expected) c.unmarked++;
  }
  return c;
}
