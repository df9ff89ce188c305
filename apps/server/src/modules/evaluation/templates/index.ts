import type { IndicatorTemplate } from '@zhibu/shared';
import { CSG_ADVANCEMENT_12 } from './csg-advancement-12';
import { POST_DUTY_24 } from './post-duty-24';

// The built-in indicator trees a tenant can copy and edit. Each is validated by zIndicatorTemplate
// when its module loads; its code equals the key.
// `structure` says how far the tree itself rests on a source:
// - published: categories, indicators and points follow a published scheme; keep them unless the
//   unit's own rules differ;
// - tenant_editable: the source fixes only the shape (here 4 categories, 24 indicators), the titles
//   are a reasoned starting point, and the tenant is expected to rename and rebalance them.

export type EvaluationTemplateStructure = 'published' | 'tenant_editable';

export type BuiltinEvaluationTemplate = {
  key: string;
  zh: string;
  en: string;
  descriptionZh: string;
  structure: EvaluationTemplateStructure;
  template: IndicatorTemplate;
};

export const BUILTIN_EVALUATION_TEMPLATES: readonly BuiltinEvaluationTemplate[] = [
  {
    key: 'post-duty-24',
    zh: '我的岗位我尽责（4类24项）',
    en: 'My post, my duty (4 categories, 24 indicators)',
    descriptionZh:
      '参照制丝车间“我的岗位我尽责”活动，按攻坚克难、能力素质提升、岗位教练指导、企业文化4大类各6项指标量化评价党员岗位绩效，每类25分，满分100分；自评、党员互评、职工群众评价、支部评价按1:3:3:3加权，5人以上去掉一个最高分和一个最低分。公开资料只给出4类24项的结构，指标名称为参考示例，请按本单位岗位职责修改。',
    structure: 'tenant_editable',
    template: POST_DUTY_24,
  },
  {
    key: 'csg-advancement-12',
    zh: '党员先进性测评（4方面12项）',
    en: 'Member advancement assessment (4 areas, 12 indicators)',
    descriptionZh:
      '参照南方电网党员先进性测评，从政治素质、岗位技能、工作业绩、公众评价4个方面各设综合评价10分，下设12项指标各5分，满分100分；定量与定性相结合，自评、党员互评、职工群众评价、支部评价多方打分。',
    structure: 'published',
    template: CSG_ADVANCEMENT_12,
  },
];

export { CSG_ADVANCEMENT_12, POST_DUTY_24 };
export { EVALUATION_METRIC_KEYS, isEvaluationMetricKey, type EvaluationMetricKey } from './metric-keys';
