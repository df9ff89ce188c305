import { criteriaOf, type SchemeDefinition } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { metricInstanceKey, type MetricRegistry } from '../../platform/metrics';
import { metricInstancesOf } from './evaluation-inputs';
import type { RoundRow } from './rounds.repository';
import type { CriterionInput } from './rules/index';
import { sameFacts, withListed } from './stored-criteria';

export type LiveSources = {
  inputs: (code: string) => CriterionInput;
  /** Criteria whose records changed after the evaluation: no records are listed against them. */
  changed: Set<string>;
};

/**
 * The records behind a draft result, listed as they stand: the org's metrics are computed again, with
 * their records, in one query per family. A criterion gets the records (and the people its explanation
 * names from them) only where the value computed now says the same as the stored one; where it does
 * not, the records changed after the evaluation and the page asks for it to be run again rather than
 * link records the stored figure does not count.
 */
export async function liveSources(
  ex: Executor,
  metrics: MetricRegistry,
  def: SchemeDefinition,
  round: Pick<RoundRow, 'periodFrom' | 'periodTo'>,
  orgId: string,
  stored: (code: string) => CriterionInput,
): Promise<LiveSources> {
  const now = await metrics.compute(
    ex,
    { orgWhere: sql`o.id = ${orgId}`, from: round.periodFrom, to: round.periodTo, sources: true },
    metricInstancesOf(def),
  );
  const inputs = new Map<string, CriterionInput>();
  const changed = new Set<string>();
  for (const c of criteriaOf(def)) {
    const input = stored(c.code);
    if (!c.metric || !input.metric) {
      inputs.set(c.code, input);
      continue;
    }
    const fresh = now.get(metricInstanceKey(c.metric.key, c.metric.params ?? {}))?.get(orgId);
    if (sameFacts(input.metric, fresh)) {
      inputs.set(c.code, { ...input, metric: withListed(input.metric, fresh) });
    } else {
      changed.add(c.code);
      inputs.set(c.code, input);
    }
  }
  return { inputs: (code) => inputs.get(code)!, changed };
}
