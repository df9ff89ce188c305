import type { PointParticipantRole } from '@zhibu/shared';
import { describe, expect, it } from 'vitest';
import { appraisalInput } from './appraisal-input';
import { balanceOf } from './balance';
import { row, ruleSet } from './fixtures';

const RULES = ruleSet();
const plain = balanceOf(RULES, [row('O1', '2025-01-10', 3), row('O2', '2025-02-10', 2)]);
const vetoed = balanceOf(RULES, [row('O1', '2025-01-10', 3), row('X3', '2025-06-01', 0)]);

describe('appraisalInput: what 民主评议 receives', () => {
  it.each<
    [
      string,
      PointParticipantRole,
      typeof plain,
      { usedFor: string; graded: boolean; vetoed: boolean; forcedGrade: string | null; total: number },
    ]
  >([
    [
      'a member is graded freely on their points',
      'member',
      plain,
      { usedFor: 'appraisal', graded: true, vetoed: false, forcedGrade: null, total: 65 },
    ],
    [
      'a vetoed member can only be 不合格',
      'member',
      vetoed,
      { usedFor: 'appraisal', graded: true, vetoed: true, forcedGrade: 'unqualified', total: 0 },
    ],
    [
      'a probationary member’s points go to 转正 only',
      'probationary',
      plain,
      { usedFor: 'regularisation', graded: false, vetoed: false, forcedGrade: null, total: 65 },
    ],
    [
      'a vetoed probationary member is not graded but the veto is passed on',
      'probationary',
      vetoed,
      { usedFor: 'regularisation', graded: false, vetoed: true, forcedGrade: null, total: 0 },
    ],
    [
      'an activist’s points go to development only',
      'activist',
      plain,
      { usedFor: 'development', graded: false, vetoed: false, forcedGrade: null, total: 65 },
    ],
  ])('%s', (_name, role, balance, expected) => {
    expect(appraisalInput(balance, role)).toMatchObject({ role, ...expected });
  });

  it.each<[PointParticipantRole, typeof plain, string, string]>([
    [
      'member',
      plain,
      '年度积分 65 分，供民主评议参考',
      '65 points this year, for reference in the appraisal',
    ],
    [
      'member',
      vetoed,
      '负面清单一票否决（“违法犯罪”），只能评为不合格',
      'Vetoed by the negative list ("违法犯罪"); can only be graded unqualified',
    ],
    [
      'probationary',
      plain,
      '年度积分 65 分，仅作转正参考，不参加等次评定',
      '65 points this year, input for full membership only, not graded',
    ],
    [
      'activist',
      vetoed,
      '负面清单一票否决（“违法犯罪”）；仅作发展参考，不参加等次评定',
      'Vetoed by the negative list ("违法犯罪"); input for development only, not graded',
    ],
  ])('notes for a %s', (role, balance, zh, en) => {
    expect(appraisalInput(balance, role).note).toEqual({ zh, en });
  });

  it('passes the veto items on', () => {
    expect(appraisalInput(vetoed, 'member').vetoItems.map((v) => v.code)).toEqual(['X3']);
  });

  it('reads only a yearly balance', () => {
    expect(() => appraisalInput(balanceOf(RULES, [], { kind: 'quarter', quarter: 4 }), 'member')).toThrow(
      /yearly/,
    );
  });
});
