import { describe, expect, it } from 'vitest';
import { attendanceCounts } from './attendance-counts';

const row = (
  expected: boolean,
  status: 'present' | 'absent' | 'nonvoting' | 'written_opinion' | null,
  absenceReason: 'sick' | 'public' | null = null,
) => ({
  expected,
  status,
  absenceReason,
});

describe('attendance counts', () => {
  it('counts the roster, the present on it, absences by reason, guests and unmarked people', () => {
    const c = attendanceCounts([
      row(true, 'present'),
      row(true, 'present'),
      row(true, 'absent', 'sick'),
      row(true, 'absent', 'sick'),
      row(true, 'absent', 'public'),
      row(true, 'written_opinion'),
      row(true, null),
      row(false, 'nonvoting'),
      row(false, 'present'),
    ]);
    expect(c).toEqual({
      expected: 7,
      present: 2,
      absent: 3,
      absentByReason: { sick: 2, public: 1 },
      nonvoting: 1,
      written: 1,
      unmarked: 1,
    });
  });
});
