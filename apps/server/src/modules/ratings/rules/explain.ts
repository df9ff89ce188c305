import type { Criterion, ScoringRule } from '@zhibu/shared';
import type { MetricUnit } from '../../../platform/metrics';
import { formatAmount, formatNumber, formatValue } from './format-value';
import type { Bilingual, CriterionInput } from './types';

// Sentences a branch secretary reads to see why an item scored what it did: first the facts
// (what was counted, what is missing, the target), then the outcome ("得 8/10 分").

export type Facts = { zh: string[]; en: string[] };

/** "支委会 10/12 次，缺 3月、8月，目标 ≥ 12" — the target is left out when the total already says it. */
export function metricFacts(c: Criterion, input: CriterionInput): Facts {
  const metric = input.metric;
  const value = metric?.value ?? 0;
  const subject = input.subject ?? { zh: c.title, en: c.title };
  const total = metric?.detail?.total;
  const shown = formatValue(value, input.unit, total);
  const facts: Facts =
    input.unit === 'bool'
      ? { zh: [`${subject.zh}：${shown.zh}`], en: [`${subject.en}: ${shown.en}`] }
      : { zh: [`${subject.zh} ${shown.zh}`], en: [`${subject.en} ${shown.en}`] };
  const missing = metric?.detail?.missing ?? [];
  if (missing.length > 0) {
    facts.zh.push(`缺 ${missing.join('、')}`);
    facts.en.push(`missing ${missing.join(', ')}`);
  }
  const target = c.rule && input.unit !== 'bool' ? targetOf(c.rule, input.unit, total) : null;
  if (target) {
    facts.zh.push(`目标 ${target}`);
    facts.en.push(`target ${target}`);
  }
  const note = metric?.detail?.note;
  if (note) {
    facts.zh.push(note);
    facts.en.push(note);
  }
  return facts;
}

function targetOf(rule: ScoringRule, unit: MetricUnit | undefined, total: number | undefined): string | null {
  const at = (n: number) => formatAmount(n, unit);
  switch (rule.type) {
    case 'threshold':
      if (rule.min !== undefined && rule.max !== undefined) return `${at(rule.min)}–${at(rule.max)}`;
      if (rule.min !== undefined) return rule.min === total ? null : `≥ ${at(rule.min)}`;
      if (rule.max !== undefined) return `≤ ${at(rule.max)}`;
      return null;
    case 'linear':
    case 'per_missing':
      return rule.target === total ? null : `≥ ${at(rule.target)}`;
    case 'steps': {
      const top = Math.max(...rule.steps.map((s) => s.min));
      return top === total ? null : `≥ ${at(top)}`;
    }
    case 'per_occurrence':
      return null;
  }
}

export function pointsOutcome(score: number, maxScore: number): Bilingual {
  return {
    zh: `得 ${formatNumber(score)}/${formatNumber(maxScore)} 分`,
    en: `${formatNumber(score)}/${formatNumber(maxScore)} points`,
  };
}

/** "扣 4 分（2 次 × 2 分）", with the ceiling when the item's maximum cut in. */
export function deductionOutcome(c: Criterion, input: CriterionInput, deducted: number): Bilingual {
  if (deducted === 0) return { zh: '未扣分', en: 'no deduction' };
  const amount = { zh: `扣 ${formatNumber(deducted)} 分`, en: `−${formatNumber(deducted)} points` };
  if (c.rule?.type !== 'per_occurrence') return amount;
  const value = input.metric?.value ?? 0;
  const times = formatValue(value, input.unit);
  const per = formatNumber(c.rule.per);
  const capped = c.rule.per * value > c.maxScore;
  return {
    zh: `${amount.zh}（${times.zh} × ${per} 分${capped ? `，上限 ${formatNumber(c.maxScore)} 分` : ''}）`,
    en: `${amount.en} (${times.en} × ${per} points${capped ? `, at most ${formatNumber(c.maxScore)}` : ''})`,
  };
}

/** Facts and outcome as one sentence: "支委会 10/12 次，缺 3月、8月；得 8/10 分". */
export function sentence(facts: Facts, outcome: Bilingual): Bilingual {
  return {
    zh: facts.zh.length > 0 ? `${facts.zh.join('，')}；${outcome.zh}` : outcome.zh,
    en: facts.en.length > 0 ? `${facts.en.join(', ')}; ${outcome.en}` : capitalise(outcome.en),
  };
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
