import { type IndicatorTemplate, type ScoredItem, ratersOf, scoredItemsOf } from '@zhibu/shared';
import { raterGroupScore } from './rater-group-score';
import { round2 } from './round';
import type {
  CategoryResult,
  Completion,
  GroupScores,
  IndicatorResult,
  MemberEvaluation,
  MemberInputs,
  RaterSheet,
  VetoMark,
} from './types';
import { weightedIndicatorScore } from './weighted-indicator-score';

// One member's evaluation for one round. Choices:
// - The total is the weighted points as a share of the weighted maximum, × 100. Templates whose
//   points add up to 100 (both built-ins, with weight 1) read the same either way; a tenant who adds
//   an indicator does not have to rebalance every maximum to keep a 0–100 scale.
// - A veto keeps the points (for the record and for the member's own view) and sets `vetoed`; the
//   grade suggestion turns it into 不合格. Only marks on indicators flagged `veto` count; the use case
//   that records a mark should refuse others.
// - A sheet's score counts only for indicators its group rates; a self sheet cannot reach an
//   indicator rated by peers and staff only.
// - Completion counts sheets: every assigned rater has one, submitted or not.

export function evaluateMember(template: IndicatorTemplate, inputs: MemberInputs): MemberEvaluation {
  const sheets = inputs.sheets ?? [];
  const vetoMarks = inputs.vetoes ?? [];
  const indicators = scoredItemsOf(template).map((item): IndicatorResult => {
    const groups = item.source === 'rated' ? groupScoresOf(template, item, sheets) : undefined;
    const scored = weightedIndicatorScore(template, item, { value: inputs.values?.[item.code], groups });
    const vetoed = item.veto && vetoMarks.some((v) => v.code === item.code);
    return {
      ...scored,
      categoryCode: item.categoryCode,
      overall: item.overall,
      source: item.source,
      weight: item.weight,
      ...(groups ? { groups } : {}),
      vetoed,
      explanation: vetoed
        ? { zh: `${scored.explanation.zh}；一票否决`, en: `${scored.explanation.en}; veto triggered` }
        : scored.explanation,
    };
  });

  const categories = template.categories.map((cat): CategoryResult => {
    const own = indicators.filter((i) => i.categoryCode === cat.code);
    return {
      code: cat.code,
      title: cat.title,
      score: round2(own.reduce((s, i) => s + i.weighted, 0)),
      max: round2(own.reduce((s, i) => s + i.maxScore * i.weight, 0)),
    };
  });
  const points = round2(categories.reduce((s, c) => s + c.score, 0));
  const maxPoints = round2(categories.reduce((s, c) => s + c.max, 0));
  const vetoedCodes = new Set(indicators.filter((i) => i.vetoed).map((i) => i.code));
  const vetoedBy: VetoMark[] = vetoMarks.filter((v) => vetoedCodes.has(v.code));

  return {
    indicators,
    categories,
    points,
    maxPoints,
    total: maxPoints > 0 ? round2((points / maxPoints) * 100) : 0,
    completion: completionOf(sheets),
    vetoed: vetoedBy.length > 0,
    vetoedBy,
    pending: indicators.filter((i) => i.status === 'pending').map((i) => i.code),
  };
}

function groupScoresOf(
  template: IndicatorTemplate,
  item: ScoredItem,
  sheets: readonly RaterSheet[],
): GroupScores {
  const out: GroupScores = {};
  for (const group of ratersOf(template, item)) {
    const scores = sheets
      .filter((s) => s.group === group && s.scores !== null)
      .map((s) => s.scores?.[item.code])
      .filter((x): x is number => typeof x === 'number');
    out[group] = raterGroupScore(scores, {
      maxScore: item.maxScore,
      trimExtremes: template.raters.trimExtremes,
    });
  }
  return out;
}

export function completionOf(sheets: readonly RaterSheet[]): Completion {
  const byGroup: Completion['byGroup'] = {};
  let submitted = 0;
  for (const s of sheets) {
    const g = (byGroup[s.group] ??= { assigned: 0, submitted: 0 });
    g.assigned += 1;
    if (s.scores !== null) {
      g.submitted += 1;
      submitted += 1;
    }
  }
  const assigned = sheets.length;
  return {
    assigned,
    submitted,
    share: assigned > 0 ? Math.round((submitted / assigned) * 1e4) / 1e4 : null,
    byGroup,
  };
}
