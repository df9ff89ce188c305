import { STAR_LABELS, scheme } from './fixtures';
import type { CriterionInput } from './types';

// A small star scheme with every criterion kind, and the inputs of a few typical branches, shared by
// the evaluation, gap and what-if tests. Base points total 100 when everything is met.

const none = { metric: undefined, rule: undefined };

export const SAMPLE = scheme({
  formula: '(base - deduction) * 0.7 + evaluation * 0.3',
  categories: [
    {
      code: 'A',
      title: '组织建设',
      criteria: [
        {
          code: 'A1',
          title: '支部设置规范',
          maxScore: 10,
          kind: 'metric',
          hardFromStar: 3,
          metric: { key: 'branch.size_valid' },
          rule: { type: 'threshold', min: 1 },
        },
        {
          code: 'A2',
          title: '书记不空缺',
          maxScore: 10,
          kind: 'metric',
          hardFromStar: 4,
          metric: { key: 'secretary.vacancy_days' },
          rule: { type: 'threshold', max: 180 },
        },
        { code: 'A3', title: '阵地建设', maxScore: 10, kind: 'evidence', hardFromStar: 5, ...none },
      ],
    },
    {
      code: 'B',
      title: '组织生活',
      optionalLimit: 1,
      criteria: [
        {
          code: 'B1',
          title: '支委会按月召开',
          maxScore: 30,
          kind: 'metric',
          metric: { key: 'meetings.periods' },
          rule: { type: 'per_missing', target: 12, perMissing: 1 },
        },
        {
          code: 'B2',
          title: '党课每季度一次',
          maxScore: 20,
          kind: 'metric',
          metric: { key: 'meetings.count' },
          rule: { type: 'per_missing', target: 4, perMissing: 5 },
        },
        {
          code: 'B3',
          title: '特色活动',
          maxScore: 10,
          kind: 'evidence',
          required: false,
          hardFromStar: 4,
          ...none,
        },
        {
          code: 'B4',
          title: '党员出席率',
          maxScore: 10,
          kind: 'metric',
          metric: { key: 'attendance.rate' },
          rule: { type: 'linear', target: 0.9 },
        },
      ],
    },
    {
      code: 'N',
      title: '负面清单',
      group: 'deduction',
      criteria: [
        { code: 'N1', title: '发生重大安全责任事故', maxScore: 0, kind: 'veto', ...none },
        {
          code: 'N2',
          title: '会议决策不符合程序',
          maxScore: 10,
          kind: 'deduction',
          metric: { key: 'meetings.invalid_decisions' },
          rule: { type: 'per_occurrence', per: 2 },
        },
      ],
    },
    {
      code: 'E',
      title: '群众评价',
      group: 'evaluation',
      criteria: [{ code: 'E1', title: '满意度测评', maxScore: 100, kind: 'review', ...none }],
    },
  ],
  levels: {
    labels: STAR_LABELS,
    bands: [
      { min: 90, level: 5 },
      { min: 80, level: 4 },
      { min: 70, level: 3 },
    ],
    floor: 0,
  },
});

type Inputs = Record<string, CriterionInput>;

export const PERFECT: Inputs = {
  A1: { answered: true, metric: { value: 1 }, unit: 'bool' },
  A2: { answered: true, metric: { value: 0 }, unit: 'days' },
  A3: { answered: true, review: { score: 10, pass: true } },
  B1: {
    answered: true,
    metric: { value: 12, detail: { total: 12 } },
    subject: { zh: '支委会', en: 'Committee meetings' },
    unit: 'count',
  },
  B2: { answered: true, metric: { value: 4 }, subject: { zh: '党课', en: 'Party lessons' }, unit: 'count' },
  B3: { answered: true, review: { score: 10, pass: true } },
  B4: { answered: true, metric: { value: 0.95 }, subject: { zh: '出席率', en: 'Attendance' }, unit: 'ratio' },
  N1: { answered: true },
  N2: { answered: true, metric: { value: 0 }, unit: 'count' },
  E1: { answered: true, review: { score: 100, pass: null } },
};

/** A 3★ branch: two committee meetings and two lessons short, evidence not yet reviewed, no optional item. */
export const MIDDLING: Inputs = {
  ...PERFECT,
  A3: { answered: true },
  B1: {
    ...PERFECT.B1!,
    metric: { value: 10, sourceIds: ['m1'], detail: { total: 12, missing: ['3月', '8月'] } },
  },
  B2: { ...PERFECT.B2!, metric: { value: 2 } },
  B3: { answered: false },
  B4: { ...PERFECT.B4!, metric: { value: 0.8 } },
  E1: { answered: true, review: { score: 80, pass: null } },
};

export function inputsOf(inputs: Inputs, changes: Inputs = {}): (code: string) => CriterionInput {
  return (code) => changes[code] ?? inputs[code] ?? { answered: true };
}
