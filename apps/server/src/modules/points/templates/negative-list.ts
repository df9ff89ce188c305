import {
  type PointRuleSetDefinition,
  type PointRuleSetDefinitionInput,
  zPointRuleSetDefinition,
} from '@zhibu/shared';
import { COLLECTIVE_STUDY, THEME_DAY, THREE_MEETINGS_ONE_LESSON } from './meeting-groups';

// 负面清单 (domain-rules §6.1): the monthly deduction sheet over 学习教育 / 组织生活 / 履职践诺 / 遵纪守法 /
// 廉洁自律 (20 points each, 100 in all) — −2 for each missed meeting or 主题党日, −2 per dues reminder,
// −3 per unfinished task, −10 for refusing a task — and the one-vote veto list, whose items set the
// year's points to 0 and force 不合格 in 民主评议.
//
// Interpretations: the five areas map to the categories political_study, org_life, duty, discipline and
// integrity. A month's deductions per item stop at 20, the points of one area, because the sheet cannot
// take more from an area than it holds. Veto items carry no points of their own: the veto itself zeroes
// the year. They are recorded by the branch on a decision, never claimed or derived.

const monthly20 = { period: 'month', points: 20 } as const;

const veto = (code: string, title: string, category: 'discipline' | 'integrity') =>
  ({
    code,
    title,
    category,
    sign: 'negative',
    points: 0,
    awardedBy: 'branch',
    evidenceRequired: true,
    veto: true,
  }) as const;

const definition = {
  model: 'base_plus',
  basePoints: 100,
  minTotal: 0,
  maxTotal: 100,
  items: [
    {
      code: 'L1',
      title: '无故缺席集中学习',
      category: 'political_study',
      sign: 'negative',
      points: 2,
      cap: monthly20,
      awardedBy: 'automatic',
      source: { kind: 'meeting.absent_unexcused', meetingTypes: COLLECTIVE_STUDY },
    },
    {
      code: 'L2',
      title: '无故缺席三会一课',
      category: 'org_life',
      sign: 'negative',
      points: 2,
      cap: monthly20,
      awardedBy: 'automatic',
      source: { kind: 'meeting.absent_unexcused', meetingTypes: THREE_MEETINGS_ONE_LESSON },
    },
    {
      code: 'L3',
      title: '无故缺席主题党日',
      category: 'org_life',
      sign: 'negative',
      points: 2,
      cap: monthly20,
      awardedBy: 'automatic',
      source: { kind: 'meeting.absent_unexcused', meetingTypes: THEME_DAY },
    },
    {
      code: 'L4',
      title: '党费被催缴',
      category: 'org_life',
      sign: 'negative',
      points: 2,
      cap: monthly20,
      awardedBy: 'automatic',
      source: { kind: 'dues.late' },
    },
    {
      code: 'L5',
      title: '未完成组织交办任务',
      category: 'duty',
      sign: 'negative',
      points: 3,
      cap: monthly20,
      awardedBy: 'branch',
    },
    {
      code: 'L6',
      title: '拒不接受组织分配任务',
      category: 'duty',
      sign: 'negative',
      points: 10,
      cap: monthly20,
      awardedBy: 'branch',
    },
    {
      code: 'L7',
      title: '违反工作纪律',
      category: 'discipline',
      sign: 'negative',
      points: 5,
      cap: monthly20,
      awardedBy: 'branch',
    },
    {
      code: 'L8',
      title: '违反廉洁自律规定',
      category: 'integrity',
      sign: 'negative',
      points: 5,
      cap: monthly20,
      awardedBy: 'branch',
    },
    veto('X1', '受到纪检监察机关立案查处', 'discipline'),
    veto('X2', '参与群体性事件或非法组织', 'discipline'),
    veto('X3', '违法犯罪', 'discipline'),
    veto('X4', '严重违背社会公德、家庭美德', 'integrity'),
    veto('X5', '在网络上散布谣言或发表不当言论', 'discipline'),
    veto('X6', '违规信访、越级缠访闹访', 'discipline'),
  ],
} satisfies PointRuleSetDefinitionInput;

export const NEGATIVE_LIST: PointRuleSetDefinition = zPointRuleSetDefinition.parse(definition);
