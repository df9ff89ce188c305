import { describe, expect, it } from 'vitest';
import { criterion } from './fixtures';
import { scoreCriterion } from './score-criterion';
import type { CriterionInput } from './types';

const answered = (input: Omit<CriterionInput, 'answered'> = {}): CriterionInput => ({ answered: true, ...input });

describe('metric criteria', () => {
  const committee = criterion({ code: 'B2', title: '支委会按月召开', maxScore: 10, rule: { type: 'per_missing', target: 12, perMissing: 1 } });

  it('explains a meeting count with the missing months, as the secretary reads it', () => {
    const s = scoreCriterion(
      committee,
      answered({
        metric: { value: 10, sourceIds: ['m1', 'm2'], detail: { total: 12, missing: ['3月', '8月'] } },
        subject: { zh: '支委会', en: 'Committee meetings' },
        unit: 'count',
      }),
    );
    expect(s).toEqual({
      code: 'B2',
      value: 10,
      score: 8,
      weighted: 8,
      status: 'fail',
      explanation: { zh: '支委会 10/12 次，缺 3月、8月；得 8/10 分', en: 'Committee meetings 10 of 12, missing 3月, 8月; 8/10 points' },
      sourceIds: ['m1', 'm2'],
      unit: 'count',
    });
  });

  it.each<[string, Parameters<typeof criterion>[0], CriterionInput, { score: number; status: string; zh: string; en: string }]>([
    [
      'a ratio as a percentage with its target',
      { maxScore: 10, rule: { type: 'linear', target: 0.9 } },
      answered({ metric: { value: 0.875 }, subject: { zh: '出席率', en: 'Attendance' }, unit: 'ratio' }),
      { score: (10 * 0.875) / 0.9, status: 'fail', zh: '出席率 87.5%，目标 ≥ 90%；得 9.72/10 分', en: 'Attendance 87.5%, target ≥ 90%; 9.72/10 points' },
    ],
    [
      'a yes/no item as 达标',
      { maxScore: 6, rule: { type: 'threshold', min: 1 } },
      answered({ metric: { value: 1 }, subject: { zh: '支部设置规范', en: 'Branch set-up' }, unit: 'bool' }),
      { score: 6, status: 'pass', zh: '支部设置规范：达标；得 6/6 分', en: 'Branch set-up: met; 6/6 points' },
    ],
    [
      'a yes/no item as 未达标',
      { maxScore: 6, rule: { type: 'threshold', min: 1 } },
      answered({ metric: { value: 0 }, subject: { zh: '支部设置规范', en: 'Branch set-up' }, unit: 'bool' }),
      { score: 0, status: 'fail', zh: '支部设置规范：未达标；得 0/6 分', en: 'Branch set-up: not met; 0/6 points' },
    ],
    [
      'days with an upper bound',
      { maxScore: 5, rule: { type: 'threshold', max: 180 } },
      answered({ metric: { value: 200 }, subject: { zh: '书记空缺', en: 'Secretary vacancy' }, unit: 'days' }),
      { score: 0, status: 'fail', zh: '书记空缺 200 天，目标 ≤ 180；得 0/5 分', en: 'Secretary vacancy 200 days, target ≤ 180; 0/5 points' },
    ],
    [
      'a count with a target and no expected total',
      { maxScore: 8, rule: { type: 'per_missing', target: 4, perMissing: 2 } },
      answered({ metric: { value: 3 }, subject: { zh: '党课', en: 'Party lessons' }, unit: 'count' }),
      { score: 6, status: 'fail', zh: '党课 3 次，目标 ≥ 4；得 6/8 分', en: 'Party lessons 3, target ≥ 4; 6/8 points' },
    ],
    [
      'hours in a range',
      { maxScore: 4, rule: { type: 'threshold', min: 32, max: 100 } },
      answered({ metric: { value: 40 }, subject: { zh: '人均学时', en: 'Class hours' }, unit: 'hours' }),
      { score: 4, status: 'pass', zh: '人均学时 40 小时，目标 32–100；得 4/4 分', en: 'Class hours 40 hours, target 32–100; 4/4 points' },
    ],
    [
      'steps naming the top step as the target',
      { maxScore: 10, rule: { type: 'steps', steps: [{ min: 1, score: 4 }, { min: 3, score: 10 }] } },
      answered({ metric: { value: 2 }, subject: { zh: '稿件', en: 'Manuscripts' }, unit: 'count' }),
      { score: 4, status: 'fail', zh: '稿件 2 次，目标 ≥ 3；得 4/10 分', en: 'Manuscripts 2, target ≥ 3; 4/10 points' },
    ],
    [
      'the metric note',
      { maxScore: 5, rule: { type: 'threshold', min: 1 } },
      answered({ metric: { value: 1, detail: { note: '2025年换届' } }, subject: { zh: '按期换届', en: 'Term renewal' }, unit: 'bool' }),
      { score: 5, status: 'pass', zh: '按期换届：达标，2025年换届；得 5/5 分', en: 'Term renewal: met, 2025年换届; 5/5 points' },
    ],
    [
      'a missing metric as 0, named by the title',
      { title: '主题党日', maxScore: 10, rule: { type: 'per_missing', target: 12, perMissing: 1 } },
      answered({}),
      { score: 0, status: 'fail', zh: '主题党日 0 次，目标 ≥ 12；得 0/10 分', en: '主题党日 0, target ≥ 12; 0/10 points' },
    ],
  ])('explains %s', (_name, def, input, expected) => {
    const s = scoreCriterion(criterion(def), input);
    expect(s.score).toBeCloseTo(expected.score, 10);
    expect(s.status).toBe(expected.status);
    expect(s.explanation).toEqual({ zh: expected.zh, en: expected.en });
  });

  it('multiplies by the weight', () => {
    const s = scoreCriterion(criterion({ maxScore: 5, weight: 2, rule: { type: 'threshold', min: 1 } }), answered({ metric: { value: 1 } }));
    expect([s.score, s.weighted]).toEqual([5, 10]);
  });

  it('fails an item without a rule instead of guessing', () => {
    const c = { ...criterion({}), rule: undefined };
    expect(scoreCriterion(c, answered({ metric: { value: 5 } })).status).toBe('fail');
  });
});

describe('deductions', () => {
  const perMeeting = criterion({ kind: 'deduction', maxScore: 10, rule: { type: 'per_occurrence', per: 2 } });
  const reviewed = criterion({ kind: 'deduction', maxScore: 10, metric: undefined, rule: undefined });

  it.each<[string, ReturnType<typeof criterion>, CriterionInput, number | null, number, string, string, string]>([
    [
      'counted occurrences',
      perMeeting,
      answered({ metric: { value: 2, sourceIds: ['a'] }, subject: { zh: '会议缺记录', en: 'Meetings without minutes' }, unit: 'count' }),
      2,
      4,
      'fail',
      '会议缺记录 2 次；扣 4 分（2 次 × 2 分）',
      'Meetings without minutes 2; −4 points (2 × 2 points)',
    ],
    [
      'occurrences beyond the maximum',
      perMeeting,
      answered({ metric: { value: 7 }, subject: { zh: '会议缺记录', en: 'Meetings without minutes' }, unit: 'count' }),
      7,
      10,
      'fail',
      '会议缺记录 7 次；扣 10 分（7 次 × 2 分，上限 10 分）',
      'Meetings without minutes 7; −10 points (7 × 2 points, at most 10)',
    ],
    [
      'no occurrence',
      perMeeting,
      answered({ metric: { value: 0 }, subject: { zh: '会议缺记录', en: 'Meetings without minutes' }, unit: 'count' }),
      0,
      0,
      'pass',
      '会议缺记录 0 次；未扣分',
      'Meetings without minutes 0; no deduction',
    ],
    ['a reviewer deduction', reviewed, answered({ review: { score: 3, pass: null } }), 3, 3, 'fail', '经评审扣 3 分', 'Reviewer deducted 3 points'],
    ['no reviewer deduction yet', reviewed, answered({}), null, 0, 'pass', '未扣分', 'No deduction'],
  ])('%s', (_name, c, input, value, score, status, zh, en) => {
    const s = scoreCriterion(c, input);
    expect({ value: s.value, score: s.score, weighted: s.weighted, status: s.status, explanation: s.explanation }).toEqual({
      value,
      score,
      weighted: score,
      status,
      explanation: { zh, en },
    });
  });
});

describe('vetoes', () => {
  const veto = criterion({ kind: 'veto', title: '发生重大安全责任事故', maxScore: 0, metric: undefined, rule: undefined });
  const measured = criterion({ kind: 'veto', title: '半年以上未过组织生活', maxScore: 0, rule: undefined });

  it.each<[string, ReturnType<typeof criterion>, CriterionInput, string, string]>([
    ['a reviewer confirmation', veto, answered({ review: { score: null, pass: null, triggered: true } }), 'fail', '触发一票否决：发生重大安全责任事故'],
    ['a reviewer clearing it', veto, answered({ review: { score: null, pass: null, triggered: false } }), 'pass', '未触发一票否决'],
    ['nothing recorded', veto, answered({}), 'pass', '未触发一票否决'],
    ['a metric above 0', measured, answered({ metric: { value: 1 }, subject: { zh: '停止组织生活', en: 'Months without meetings' } }), 'fail', '停止组织生活 1 次；触发一票否决：半年以上未过组织生活'],
    ['a metric of 0', measured, answered({ metric: { value: 0 }, subject: { zh: '停止组织生活', en: 'Months without meetings' } }), 'pass', '停止组织生活 0 次；未触发一票否决'],
  ])('judges %s', (_name, c, input, status, zh) => {
    const s = scoreCriterion(c, input);
    expect([s.status, s.score, s.weighted, s.explanation.zh]).toEqual([status, 0, 0, zh]);
  });
});

describe('evidence and reviewer scores', () => {
  const evidence = criterion({ kind: 'evidence', maxScore: 10, metric: undefined, rule: undefined });
  const review = criterion({ kind: 'review', maxScore: 10, metric: undefined, rule: undefined });

  it.each<[string, ReturnType<typeof criterion>, CriterionInput['review'], number, string, string]>([
    ['evidence not reviewed', evidence, undefined, 0, 'pending', '待审核'],
    ['evidence with an empty review', evidence, { score: null, pass: null }, 0, 'pending', '待审核'],
    ['evidence scored', evidence, { score: 8, pass: null }, 8, 'pass', '审核通过；得 8/10 分'],
    ['evidence scored 0', evidence, { score: 0, pass: null }, 0, 'fail', '审核未通过；得 0/10 分'],
    ['evidence scored above the maximum', evidence, { score: 12, pass: null }, 10, 'pass', '审核通过；得 10/10 分'],
    ['evidence approved without points', evidence, { score: null, pass: true }, 10, 'pass', '审核通过；得 10/10 分'],
    ['evidence rejected without points', evidence, { score: null, pass: false }, 0, 'fail', '审核未通过；得 0/10 分'],
    ['evidence rejected with points', evidence, { score: 5, pass: false }, 5, 'fail', '审核未通过；得 5/10 分'],
    ['a review not given', review, undefined, 0, 'pending', '待评审'],
    ['a review at 60%', review, { score: 6, pass: null }, 6, 'pass', '评审得 6/10 分'],
    ['a review below 60%', review, { score: 5.9, pass: null }, 5.9, 'fail', '评审得 5.9/10 分'],
    ['a review failed outright', review, { score: 9, pass: false }, 9, 'fail', '评审得 9/10 分'],
    ['a negative review', review, { score: -3, pass: null }, 0, 'fail', '评审得 0/10 分'],
  ])('%s', (_name, c, reviewInput, score, status, zh) => {
    const s = scoreCriterion(c, answered({ review: reviewInput }));
    expect([s.score, s.status, s.explanation.zh]).toEqual([score, status, zh]);
  });

  it('keeps the English parallel', () => {
    expect(scoreCriterion(evidence, answered({})).explanation.en).toBe('Awaiting review');
    expect(scoreCriterion(review, answered({ review: { score: 6, pass: null } })).explanation.en).toBe("Reviewer's score 6/10 points");
  });
});

describe('optional items (自选题)', () => {
  it('skips an optional item the branch did not answer, whatever its data', () => {
    const c = criterion({ required: false, maxScore: 5 });
    const s = scoreCriterion(c, { answered: false, metric: { value: 3, sourceIds: ['x'] } });
    expect(s).toMatchObject({ score: 0, weighted: 0, status: 'skipped', value: null, explanation: { zh: '未选答（自选题）', en: 'Not answered (optional item)' } });
  });

  it('scores an answered optional item like any other', () => {
    expect(scoreCriterion(criterion({ required: false, maxScore: 5 }), answered({ metric: { value: 1 } })).score).toBe(5);
  });

  it('never skips a required item', () => {
    expect(scoreCriterion(criterion({ maxScore: 5 }), { answered: false, metric: { value: 1 } }).status).toBe('pass');
  });
});
