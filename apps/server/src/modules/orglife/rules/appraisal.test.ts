import { describe, expect, it } from 'vitest';
import { checkGrades, excellentCap, finalGrade, type GradedEntry } from './appraisal';

const entries = (grades: (string | null)[], vetoed: number[] = []): GradedEntry[] =>
  grades.map((g, i) => ({ personId: `p${i}`, grade: g as GradedEntry['grade'], vetoed: vetoed.includes(i) }));

describe('民主评议 grades', () => {
  it.each([
    [1, 0],
    [2, 0],
    [3, 1],
    [10, 3],
    [12, 4],
    [50, 16],
  ])('%i members allow %i 优秀', (n, cap) => expect(excellentCap(n)).toBe(cap));

  it('accepts a third of the members as 优秀', () => {
    expect(checkGrades(entries(['excellent', 'excellent', 'excellent', ...Array(7).fill('qualified')]))).toEqual([]);
  });

  it('refuses more than a third as 优秀, naming the numbers', () => {
    expect(checkGrades(entries(['excellent', 'excellent', 'excellent', 'excellent', ...Array(6).fill('qualified')]))).toEqual([
      { code: 'APPRAISAL_EXCELLENT_CAP', members: 10, cap: 3, count: 4 },
    ]);
  });

  it('forces 不合格 on a vetoed member and refuses any other grade for them', () => {
    const e = entries(['excellent', 'qualified', 'qualified'], [0]);
    expect(finalGrade(e[0]!)).toBe('unqualified');
    expect(checkGrades(e)).toEqual([{ code: 'APPRAISAL_VETOED', personId: 'p0' }]);
    expect(checkGrades(entries(['unqualified', 'qualified', 'qualified'], [0]))).toEqual([]);
  });

  it('does not count a vetoed member towards the 优秀 cap', () => {
    expect(checkGrades(entries([null, 'excellent', 'qualified'], [0]))).toEqual([]);
  });
});
