import { type IndicatorTemplate, type RaterGroup, ratersOf, scoredItemsOf } from '@zhibu/shared';

// Checks one rater's sheet against the round's template before it is stored: every score must
// belong to an indicator this rater's group rates and lie within 0..maxScore. Indicators left out
// are listed, not refused: a rater may abstain on an item they cannot judge, and the use case
// decides whether its form requires them all.

export type SheetProblem = {
  code: string;
  problem: 'unknown_indicator' | 'not_rated_by_group' | 'out_of_range';
};

export type SheetCheck = { ok: boolean; problems: SheetProblem[]; missing: string[] };

export function checkRatingSheet(
  template: IndicatorTemplate,
  group: RaterGroup,
  scores: Readonly<Record<string, number>>,
): SheetCheck {
  const items = new Map(scoredItemsOf(template).map((i) => [i.code, i]));
  const problems: SheetProblem[] = [];
  for (const [code, score] of Object.entries(scores)) {
    const item = items.get(code);
    const problem = !item
      ? 'unknown_indicator'
      : !ratersOf(template, item).includes(group)
        ? 'not_rated_by_group'
        : !Number.isFinite(score) || score < 0 || score > item.maxScore
          ? 'out_of_range'
          : null;
    if (problem) problems.push({ code, problem });
  }
  const missing = [...items.values()]
    .filter((i) => ratersOf(template, i).includes(group) && !(i.code in scores))
    .map((i) => i.code);
  return { ok: problems.length === 0, problems, missing };
}

/** The indicators a group rates, in template order: what its rating form shows. */
export function indicatorsRatedBy(template: IndicatorTemplate, group: RaterGroup): string[] {
  return scoredItemsOf(template)
    .filter((i) => ratersOf(template, i).includes(group))
    .map((i) => i.code);
}
