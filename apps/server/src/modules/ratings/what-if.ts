import { levelLabel } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import type { MetricRegistry } from '../../platform/metrics';
import { inputsFactory, loadEvaluationData } from './evaluation-inputs';
import { nameMissingPeople } from './name-missing-people';
import { requireRatedOrg, roundForActor } from './round-access';
import { evaluateOrg, simulate, type OrgEvaluation } from './rules/index';
import { getVersionById } from './schemes.repository';

export type WhatIfChange = { code: string; addValue?: number; setValue?: number; reviewScore?: number; answered?: boolean };

/**
 * Simulates added records or changed scores for one org against today's records, saving nothing. Quotas
 * and the one-step rule depend on every other org, so the level shown is the one before them.
 */
export async function whatIf(ex: Executor, ctx: RequestContext, metrics: MetricRegistry, input: { roundId: string; orgId: string; changes: WhatIfChange[] }) {
  const round = await roundForActor(ex, ctx, input.roundId, 'rating:read');
  await requireRatedOrg(ex, ctx, round, input.orgId, 'rating:read');
  const def = (await getVersionById(ex, round.schemeVersionId))!.definition;
  const data = await loadEvaluationData(ex, metrics, { roundId: round.id, def, orgWhere: sql`o.id = ${input.orgId}`, from: round.periodFrom, to: round.periodTo });
  const inputs = await nameMissingPeople(ex, def, inputsFactory(def, metrics, data)(input.orgId));
  const before = evaluateOrg(def, inputs);
  const after = simulate(def, inputs, input.changes);
  const view = (e: OrgEvaluation) => ({
    total: e.total,
    level: e.level,
    levelLabel: { zh: levelLabel(def.levels, e.level, 'zh'), en: levelLabel(def.levels, e.level, 'en') },
    hardCap: e.hardCap,
    categories: e.categories,
  });
  const changed = after.criteria
    .map((c, i) => ({ after: c, before: before.criteria[i]! }))
    .filter((x) => x.after.score !== x.before.score || x.after.status !== x.before.status)
    .map((x) => ({ code: x.after.code, before: { score: x.before.score, status: x.before.status }, after: { score: x.after.score, status: x.after.status, explanation: x.after.explanation } }));
  return { before: view(before), after: view(after), changed };
}
