import type { AppraisalGrade } from '@zhibu/shared';
import { describe, expect, it } from 'vitest';
import { appraisalSuggestion } from './appraisal-suggestion';
import { SMALL, template } from './fixtures';
import type { MemberEvaluation } from './types';

const T = template();

function result(total: number, over: Partial<MemberEvaluation> = {}): MemberEvaluation {
  return {
    indicators: [],
    categories: [],
    points: total,
    maxPoints: 100,
    total,
    completion: { assigned: 10, submitted: 10, share: 1, byGroup: {} },
    vetoed: false,
    vetoedBy: [],
    pending: [],
    ...over,
  };
}

describe('appraisalSuggestion', () => {
  it.each<[string, number, boolean, AppraisalGrade, 'veto' | 'band' | 'floor']>([
    ['100 is excellent', 100, false, 'excellent', 'band'],
    ['exactly 90 is excellent', 90, false, 'excellent', 'band'],
    ['89.99 is qualified', 89.99, false, 'qualified', 'band'],
    ['exactly 60 is qualified', 60, false, 'qualified', 'band'],
    ['59.99 is basically qualified', 59.99, false, 'basic', 'floor'],
    ['0 is basically qualified, never unqualified on points alone', 0, false, 'basic', 'floor'],
    ['a veto beats a perfect score', 100, true, 'unqualified', 'veto'],
    ['a veto at a low score', 30, true, 'unqualified', 'veto'],
  ])('%s', (_name, total, vetoed, grade, cause) => {
    const r = appraisalSuggestion(T, result(total, vetoed ? { vetoed, vetoedBy: [{ code: 'A2' }] } : {}));
    expect(r).toMatchObject({ suggestion: true, grade, cause });
  });

  it.each<[string, number, AppraisalGrade]>([
    ['custom top band', 95, 'excellent'],
    ['custom below top', 94, 'qualified'],
    ['custom qualified line', 70, 'qualified'],
    ['custom floor band', 50, 'basic'],
    ['custom below every band', 49, 'unqualified'],
  ])('bands from the template: %s (%d)', (_name, total, grade) => {
    const t = template({
      appraisal: {
        bands: [
          { min: 50, grade: 'basic' },
          { min: 95, grade: 'excellent' },
          { min: 70, grade: 'qualified' },
        ],
        floor: 'unqualified',
      },
    });
    expect(appraisalSuggestion(t, result(total)).grade).toBe(grade);
  });

  it('uses the template’s veto grade', () => {
    const t = template({ appraisal: { vetoGrade: 'basic' } });
    expect(appraisalSuggestion(t, result(99, { vetoed: true, vetoedBy: [{ code: 'A2' }] })).grade).toBe(
      'basic',
    );
  });

  it('gives the reason and the veto’s cause in both languages', () => {
    expect(appraisalSuggestion(T, result(92.5)).reason).toEqual({
      zh: '总分 92.5，达到 90 分，建议评为优秀',
      en: 'Total 92.5, at least 90; suggested: Excellent',
    });
    expect(appraisalSuggestion(T, result(55)).reason.zh).toBe('总分 55，低于 60 分，建议评为基本合格');
    const vetoed = appraisalSuggestion(
      T,
      result(95, { vetoed: true, vetoedBy: [{ code: 'A2', reason: '发生责任性安全事故' }] }),
    );
    expect(vetoed.reason.zh).toBe('一票否决（A2：发生责任性安全事故），建议评为不合格');
    expect(vetoed.label).toEqual({ zh: '不合格', en: 'Unqualified' });
  });

  it.each<[string, Partial<MemberEvaluation>, string[]]>([
    ['complete', {}, ['本结果仅供民主评议参考，等次由支部研究确定']],
    [
      'missing data and ratings',
      { pending: ['A3', 'B2'], completion: { assigned: 6, submitted: 5, share: 0.8333, byGroup: {} } },
      [
        '2 项指标尚无数据，暂按 0 分计（A3、B2）',
        '评价完成率 83%（5/6）',
        '本结果仅供民主评议参考，等次由支部研究确定',
      ],
    ],
    [
      'nobody assigned is not incomplete',
      { completion: { assigned: 0, submitted: 0, share: null, byGroup: {} } },
      ['本结果仅供民主评议参考，等次由支部研究确定'],
    ],
  ])('notes: %s', (_name, over, notes) => {
    expect(appraisalSuggestion(T, result(80, over)).notes.map((n) => n.zh)).toEqual(notes);
  });

  it('defaults to the documented bands', () => {
    expect(template({ ...SMALL }).appraisal).toEqual({
      bands: [
        { min: 90, grade: 'excellent' },
        { min: 60, grade: 'qualified' },
      ],
      floor: 'basic',
      vetoGrade: 'unqualified',
    });
  });
});
