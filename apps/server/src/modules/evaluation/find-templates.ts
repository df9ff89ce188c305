import { activeRaterGroups, scoredItemsOf } from '@zhibu/shared';
import { BUILTIN_EVALUATION_TEMPLATES, type BuiltinEvaluationTemplate } from './templates/index';

/** The template a round starts from when none is named: 我的岗位我尽责, 4 categories × 6 indicators. */
export const DEFAULT_TEMPLATE_KEY = 'post-duty-24';

export function findEvaluationTemplate(key: string): BuiltinEvaluationTemplate | undefined {
  return BUILTIN_EVALUATION_TEMPLATES.find((t) => t.key === key);
}

/** The built-in templates a branch can open a round with, and what each contains. */
export function evaluationTemplates() {
  return {
    defaultKey: DEFAULT_TEMPLATE_KEY,
    items: BUILTIN_EVALUATION_TEMPLATES.map((t) => {
      const items = scoredItemsOf(t.template);
      return {
        key: t.key,
        zh: t.zh,
        en: t.en,
        description: t.descriptionZh,
        structure: t.structure,
        period: t.template.period,
        categories: t.template.categories.length,
        indicators: items.filter((i) => !i.overall).length,
        sources: {
          automatic: items.filter((i) => i.source === 'automatic').length,
          manual: items.filter((i) => i.source === 'manual').length,
          rated: items.filter((i) => i.source === 'rated').length,
        },
        raterGroups: activeRaterGroups(t.template),
        weights: t.template.raters.weights,
        template: t.template,
      };
    }),
  };
}
