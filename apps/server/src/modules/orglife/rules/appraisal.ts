import type { AppraisalGrade } from '@zhibu/shared';

// 民主评议党员 (domain-rules §1.6): grades 优秀/合格/基本合格/不合格; 优秀 normally at most a third of the
// members; a veto from the negative list (points module) forces 不合格.

export function excellentCap(members: number): number {
  return Math.floor(members / 3);
}

export type GradedEntry = { personId: string; grade: AppraisalGrade | null; vetoed: boolean };

export type GradeProblem =
  | { code: 'APPRAISAL_EXCELLENT_CAP'; members: number; cap: number; count: number }
  | { code: 'APPRAISAL_VETOED'; personId: string };

/** The final grade: a veto overrides whatever was decided. */
export function finalGrade(e: GradedEntry): AppraisalGrade | null {
  return e.vetoed ? 'unqualified' : e.grade;
}

export function checkGrades(entries: readonly GradedEntry[]): GradeProblem[] {
  const problems: GradeProblem[] = [];
  for (const e of entries) {
    if (e.vetoed && e.grade !== null && e.grade !== 'unqualified') problems.push({ code: 'APPRAISAL_VETOED', personId: e.personId });
  }
  const count = entries.filter((e) => finalGrade(e) === 'excellent').length;
  const cap = excellentCap(entries.length);
  if (count > cap) problems.push({ code: 'APPRAISAL_EXCELLENT_CAP', members: entries.length, cap, count });
  return problems;
}
