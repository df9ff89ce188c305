import { raterGroupLabel, scoredItemsOf, type IndicatorTemplate, type RaterGroup } from '@zhibu/shared';
import { indicatorsRatedBy } from './rules/index';

/** What a group's rating form shows: the indicators it rates, in template order, with their scale. */
export function ratingForm(template: IndicatorTemplate, group: RaterGroup) {
  const codes = new Set(indicatorsRatedBy(template, group));
  const titles = new Map(template.categories.map((c) => [c.code, c.title]));
  return {
    group,
    label: { zh: raterGroupLabel(group, 'zh'), en: raterGroupLabel(group, 'en') },
    indicators: scoredItemsOf(template)
      .filter((i) => codes.has(i.code))
      .map((i) => ({
        code: i.code,
        title: i.title,
        description: i.description ?? null,
        maxScore: i.maxScore,
        categoryCode: i.categoryCode,
        categoryTitle: titles.get(i.categoryCode) ?? i.categoryCode,
      })),
  };
}

/** Sheet problems as details the client can mark field by field. */
export function sheetIssues(rateeId: string | null, problems: readonly { code: string; problem: string }[]) {
  return problems.map((p) => ({ rateeId, code: p.code, problem: p.problem }));
}
