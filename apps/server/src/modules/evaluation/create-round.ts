import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { requireOrgsInScope } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { auditActor, type RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { getOrgRow } from '../orgs/index';
import { DEFAULT_TEMPLATE_KEY, findEvaluationTemplate } from './find-templates';
import { roundForPeriod } from './rounds.repository';

export type CreateRoundInput = {
  orgId: string;
  templateKey?: string;
  year: number;
  quarter?: number | null;
  title?: string;
  peerSample?: number | null;
};

export function periodLabel(year: number, quarter: number | null): { zh: string; en: string } {
  return quarter
    ? { zh: `${year}年第${quarter}季度`, en: `Q${quarter} ${year}` }
    : { zh: `${year}年度`, en: `${year}` };
}

/**
 * A draft round for a branch: the chosen built-in template (by default 我的岗位我尽责 4×6) is copied into
 * the round and never changes with it, so a result is always explained by the tree it was given under.
 * One round per branch and period.
 */
export async function createRound(
  ex: Executor,
  ctx: RequestContext,
  input: CreateRoundInput,
): Promise<{ id: string }> {
  await requireOrgsInScope(ex, ctx.actor, 'evaluation:manage', [input.orgId]);
  const org = await getOrgRow(ex, input.orgId);
  if (!org || org.dissolvedAt || (org.type !== 'branch' && org.type !== 'general_branch')) {
    throw new AppError('EVALUATION_NOT_A_BRANCH');
  }
  const key = input.templateKey ?? DEFAULT_TEMPLATE_KEY;
  const builtin = findEvaluationTemplate(key);
  if (!builtin) throw new AppError('EVALUATION_TEMPLATE_UNKNOWN');
  const quarter = input.quarter ?? null;
  if (await roundForPeriod(ex, org.id, input.year, quarter)) {
    throw new AppError('EVALUATION_ROUND_EXISTS', { period: periodLabel(input.year, quarter) });
  }
  const id = newId();
  const title = input.title ?? `${periodLabel(input.year, quarter).zh}${builtin.zh}`;
  const peerSample = input.peerSample ?? builtin.template.raters.peerSample ?? null;
  const seed = randomBytes(8).toString('hex');
  await ex.execute(sql`INSERT INTO evaluation_round (id, org_node_id, template_key, template, year, quarter, title, peer_sample, seed, status, created_by)
    VALUES (${id}, ${org.id}, ${builtin.key}, ${JSON.stringify(builtin.template)}::jsonb, ${input.year}, ${quarter}, ${title}, ${peerSample},
      ${seed}, 'draft', ${ctx.actor.accountId})`);
  await recordAudit(ex, auditActor(ctx), {
    action: 'evaluation_round.create',
    entityType: 'evaluation_round',
    entityId: id,
    after: { orgId: org.id, templateKey: builtin.key, year: input.year, quarter, title, peerSample },
  });
  return { id };
}
