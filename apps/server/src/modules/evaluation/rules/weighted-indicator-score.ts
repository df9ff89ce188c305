import {
  type Indicator,
  type IndicatorTemplate,
  type RaterGroup,
  raterGroupLabel,
  ratersOf,
} from '@zhibu/shared';
import { applyIndicatorRule, ruleTarget } from './apply-indicator-rule';
import { clamp, formatNumber, round2 } from './round';
import type { Bilingual, GroupScore, IndicatorEvidence, IndicatorScore } from './types';

// Scores one indicator for one member from its source:
// - automatic: the metric value through the indicator's rule;
// - manual: the points the branch entered, clamped to the maximum;
// - rated: each rating group's mean, weighted by the template's group weights. A group that rates the
//   indicator but has no scores yet is left out and the others' weights are scaled up to sum to 1
//   (renormalised), so a missing group neither drags the score to 0 nor lets one group decide
//   silently: the explanation says whose weight moved.
// Missing data scores 0 and marks the indicator pending, so a total can be shown before every
// rating is in without pretending it is final.

export function weightedIndicatorScore(
  template: IndicatorTemplate,
  indicator: Indicator,
  evidence: IndicatorEvidence,
): IndicatorScore {
  switch (indicator.source) {
    case 'automatic':
      return automaticScore(indicator, evidence.value);
    case 'manual':
      return manualScore(indicator, evidence.value);
    case 'rated':
      return ratedScore(template, indicator, evidence.groups ?? {});
  }
}

function result(
  indicator: Indicator,
  score: number,
  explanation: Bilingual,
  rest: Partial<IndicatorScore> = {},
): IndicatorScore {
  const s = round2(clamp(score, 0, indicator.maxScore));
  return {
    code: indicator.code,
    score: s,
    maxScore: indicator.maxScore,
    weighted: round2(s * indicator.weight),
    status: 'scored',
    ...rest,
    explanation,
  };
}

function pending(indicator: Indicator, explanation: Bilingual): IndicatorScore {
  return result(indicator, 0, explanation, { status: 'pending' });
}

function outcome(score: number, max: number): Bilingual {
  const s = formatNumber(round2(clamp(score, 0, max)));
  return { zh: `得 ${s}/${formatNumber(max)} 分`, en: `${s}/${formatNumber(max)} points` };
}

function automaticScore(indicator: Indicator, value: number | null | undefined): IndicatorScore {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return pending(indicator, { zh: '待自动取数', en: 'Awaiting the metric' });
  }
  const score = applyIndicatorRule(indicator.rule, value, indicator.maxScore);
  const target = ruleTarget(indicator.rule);
  const out = outcome(score, indicator.maxScore);
  const v = formatNumber(value);
  return result(indicator, score, {
    zh: `取数 ${v}${target ? `，目标 ${target}` : ''}；${out.zh}`,
    en: `Value ${v}${target ? `, target ${target}` : ''}; ${out.en}`,
  });
}

function manualScore(indicator: Indicator, value: number | null | undefined): IndicatorScore {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return pending(indicator, { zh: '待支部录入', en: 'Awaiting the branch’s entry' });
  }
  const out = outcome(value, indicator.maxScore);
  const v = formatNumber(value);
  const capped = value > indicator.maxScore || value < 0;
  return result(indicator, value, {
    zh: `支部录入 ${v} 分${capped ? '（超出范围，按 0–满分计）' : ''}；${out.zh}`,
    en: `Entered by the branch: ${v}${capped ? ' (out of range, clamped)' : ''}; ${out.en}`,
  });
}

function ratedScore(
  template: IndicatorTemplate,
  indicator: Indicator,
  groups: Partial<Record<RaterGroup, GroupScore>>,
): IndicatorScore {
  const rating = ratersOf(template, indicator);
  const present = rating.flatMap((group) => {
    const g = groups[group];
    return g && g.mean !== null ? [{ group, mean: g.mean, g }] : [];
  });
  const missing = rating.filter((group) => !present.some((p) => p.group === group));
  if (present.length === 0) return pending(indicator, { zh: '尚无评价', en: 'No ratings yet' });

  const weightOf = (g: RaterGroup) => template.raters.weights[g];
  const sum = present.reduce((s, p) => s + weightOf(p.group), 0);
  const score = present.reduce((s, p) => s + (weightOf(p.group) / sum) * p.mean, 0);
  const weights = Object.fromEntries(
    present.map((p) => [p.group, Math.round((weightOf(p.group) / sum) * 1e4) / 1e4]),
  );

  const parts = present.map((p) => groupPart(p.group, p.g));
  const facts: Bilingual = { zh: parts.map((p) => p.zh).join('，'), en: parts.map((p) => p.en).join(', ') };
  if (missing.length > 0) {
    const zh = missing.map((g) => raterGroupLabel(g, 'zh')).join('、');
    const en = missing.map((g) => raterGroupLabel(g, 'en')).join(', ');
    facts.zh += `；${zh}无人提交，其权重按比例分给其余评价主体`;
    facts.en += `; no scores from ${en}, so their weight was shared among the other groups in proportion`;
  }
  const out = outcome(score, indicator.maxScore);
  return result(
    indicator,
    score,
    { zh: `${facts.zh}；${out.zh}`, en: `${facts.en}; ${out.en}` },
    { weights },
  );
}

/** "党员互评 4.2（8 人，去掉最高、最低分）" */
function groupPart(group: RaterGroup, g: GroupScore): Bilingual {
  const mean = formatNumber(g.mean ?? 0);
  const people = g.count === 1 ? 'rater' : 'raters';
  return {
    zh: `${raterGroupLabel(group, 'zh')} ${mean}（${g.count} 人${g.trimmed ? '，去掉最高、最低分' : ''}）`,
    en: `${raterGroupLabel(group, 'en')} ${mean} (${g.count} ${people}${g.trimmed ? ', highest and lowest dropped' : ''})`,
  };
}
