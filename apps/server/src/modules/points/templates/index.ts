import { type PointRuleSet, type PointRuleSetDefinition, zPointRuleSet } from '@zhibu/shared';
import { BASE_SIXTY } from './base-sixty';
import { NEGATIVE_LIST } from './negative-list';
import { PIONEER_INDEX } from './pioneer-index';

// The built-in points rule sets a branch or committee can copy and edit. A template has no year: a rule
// set is made from it for one year (`ruleSetFromTemplate`), then versioned like any other.

export type BuiltinPointTemplate = {
  key: string;
  zh: string;
  en: string;
  descriptionZh: string;
  definition: PointRuleSetDefinition;
};

export const BUILTIN_POINT_TEMPLATES: readonly BuiltinPointTemplate[] = [
  {
    key: 'base-sixty',
    zh: '基础分60分+加减分',
    en: 'Base 60 plus bonus and deductions',
    descriptionZh:
      '基础分60分；政治学习最多加20分（集中学习每次2分，全年最多12分；学习笔记、心得体会各最多4分），组织生活最多加20分（三会一课每次3分，全年最多12分；主题党日每次2分，全年最多8分），另设讲党课、完成任务、志愿服务、项目验收加分和缺席、欠缴党费、违纪扣分，总分0–100分。',
    definition: BASE_SIXTY,
  },
  {
    key: 'pioneer-index',
    zh: '党员先锋指数',
    en: 'Pioneer index',
    descriptionZh:
      '基础分80分，正向积分合计最多20分，负向积分据实扣减，最终得分0–100分；党员按季度申报并上传佐证，支部审核，出勤、党课、项目、志愿服务由系统自动计分，年底结合民主评议。',
    definition: PIONEER_INDEX,
  },
  {
    key: 'negative-list',
    zh: '负面清单与月度扣分',
    en: 'Negative list and monthly deductions',
    descriptionZh:
      '学习教育、组织生活、履职践诺、遵纪守法、廉洁自律共100分，按月扣分：无故缺席会议或主题党日每次扣2分，党费被催缴每次扣2分，未完成任务每次扣3分，拒不接受任务扣10分；触及负面清单一票否决事项的，全年积分为0，民主评议直接评为不合格。',
    definition: NEGATIVE_LIST,
  },
];

export function findPointTemplate(key: string): BuiltinPointTemplate | undefined {
  return BUILTIN_POINT_TEMPLATES.find((t) => t.key === key);
}

/** A first version of a year's rule set from a template; code and name may be changed by the caller. */
export function ruleSetFromTemplate(template: BuiltinPointTemplate, year: number): PointRuleSet {
  return zPointRuleSet.parse({
    code: template.key,
    name: template.zh,
    year,
    version: 1,
    ...template.definition,
  });
}
