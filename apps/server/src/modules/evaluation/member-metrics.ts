import type { IndicatorTemplate } from '@zhibu/shared';
import { yearOrQuarter } from '../../platform/clock';
import type { Executor } from '../../platform/db';
import { memberStudyHours } from '../orglife/index';
import { EVALUATION_METRIC_KEYS, isEvaluationMetricKey } from './templates/index';

// Per-member values of the automatic indicators' metrics over a round's period, each offered by the
// module that keeps the records (study hours: organisational life's class_hours facts). A key no module
// offers yet (templates/metric-keys.ts names their future owners) is reported as pending, and the
// branch may enter the value by hand with a reason. Nothing is estimated.

export type MetricPeriod = { year: number; quarter: number | null };
type MemberMetric = (
  ex: Executor,
  personIds: readonly string[],
  period: MetricPeriod,
) => Promise<Map<string, number>>;

const PROVIDERS: ReadonlyMap<string, MemberMetric> = new Map<string, MemberMetric>([
  ['member.class_hours', (ex, personIds, period) => memberStudyHours(ex, personIds, yearOrQuarter(period.year, period.quarter))],
]);

export type MetricAvailability = { code: string; key: string; label: string | null; available: boolean };

/** Each automatic indicator of the template with its metric and whether a value can be read. */
export function metricAvailability(template: IndicatorTemplate): MetricAvailability[] {
  return template.categories
    .flatMap((c) => (c.overall ? [c.overall, ...c.indicators] : c.indicators))
    .filter((i) => i.source === 'automatic' && i.metric)
    .map((i) => {
      const key = i.metric!.key;
      return {
        code: i.code,
        key,
        label: isEvaluationMetricKey(key) ? EVALUATION_METRIC_KEYS[key].zh : null,
        available: PROVIDERS.has(key),
      };
    });
}

/** Metric values by indicator code, then person; indicators without a provider are absent. */
export async function memberMetricValues(
  ex: Executor,
  template: IndicatorTemplate,
  personIds: readonly string[],
  period: MetricPeriod,
): Promise<Map<string, Map<string, number>>> {
  const out = new Map<string, Map<string, number>>();
  for (const m of metricAvailability(template)) {
    const provider = PROVIDERS.get(m.key);
    if (provider) out.set(m.code, await provider(ex, personIds, period));
  }
  return out;
}
