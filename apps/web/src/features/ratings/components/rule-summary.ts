import type { Criterion, ScoringRule } from '@zhibu/shared';
import type { TFunction } from 'i18next';

/** A number as a person writes it: 0.9 → "0.9", 3 → "3", 0.3333 → "0.33". */
export function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** How a metric value turns into points, in one short line. */
export function ruleSummary(rule: ScoringRule | undefined, t: TFunction): string {
  if (!rule) return '';
  switch (rule.type) {
    case 'threshold': {
      if (rule.min !== undefined && rule.max !== undefined) {
        return t('ratings.rule.between', { min: num(rule.min), max: num(rule.max) });
      }
      if (rule.max !== undefined) return t('ratings.rule.atMost', { max: num(rule.max) });
      return t('ratings.rule.atLeast', { min: num(rule.min ?? 0) });
    }
    case 'linear':
      return t('ratings.rule.linear', { target: num(rule.target) });
    case 'steps':
      return t('ratings.rule.steps', {
        steps: [...rule.steps]
          .sort((a, b) => a.min - b.min)
          .map((s) => t('ratings.rule.step', { min: num(s.min), score: num(s.score) }))
          .join(t('ratings.rule.separator')),
      });
    case 'per_missing':
      return t('ratings.rule.perMissing', { target: num(rule.target), per: num(rule.perMissing) });
    case 'per_occurrence':
      return t('ratings.rule.perOccurrence', { per: num(rule.per) });
  }
}

/**
 * The metric a criterion reads and its rule ("按期召开的期数 (type=committee_meeting) · …"); `metricName`
 * gives a metric key's name in the user's language when it is known.
 */
export function criterionRuleText(
  c: Pick<Criterion, 'metric' | 'rule'>,
  t: TFunction,
  metricName: (key: string) => string | undefined = () => undefined,
): string {
  const parts: string[] = [];
  if (c.metric) {
    const params = Object.entries(c.metric.params ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join(', ');
    const name = metricName(c.metric.key) ?? c.metric.key;
    parts.push(params ? `${name} (${params})` : name);
  }
  const rule = ruleSummary(c.rule, t);
  if (rule) parts.push(rule);
  return parts.join(' · ');
}
