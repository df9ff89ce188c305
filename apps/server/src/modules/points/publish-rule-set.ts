import { zPointRuleSetDefinition, type PointRuleSetDefinitionInput } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { auditActor, type RequestContext } from '../../platform/context';
import { rows, type Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { refreshBalances } from './refresh-balances';
import { managedRuleSet } from './rule-set-access';

/** Replaces a draft's items and totals; a published rule set is frozen (a new version is made instead). */
export async function updateDraftRuleSet(
  ex: Executor,
  ctx: RequestContext,
  id: string,
  input: { name?: string; definition: PointRuleSetDefinitionInput },
): Promise<void> {
  const rs = await managedRuleSet(ex, ctx, id, true);
  if (rs.status !== 'draft') throw new AppError('POINTS_RULE_SET_FROZEN');
  const parsed = zPointRuleSetDefinition.safeParse(input.definition);
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', {}, { issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) });
  }
  const next = { ...rs.definition, ...parsed.data, name: input.name ?? rs.name };
  await ex.execute(sql`UPDATE point_rule_set SET name = ${next.name}, definition = ${JSON.stringify(next)}::jsonb WHERE id = ${id}`);
  await recordAudit(ex, auditActor(ctx), {
    action: 'point_rule_set.update',
    entityType: 'point_rule_set',
    entityId: id,
    before: { name: rs.name, items: rs.definition.items.length },
    after: { name: next.name, items: next.items.length },
  });
}

/**
 * Puts a draft in force for its subtree and year. The version in force before is superseded; entries
 * already on the ledger stay under the version they were made with, new ones use this one.
 */
export async function publishRuleSet(ex: Executor, ctx: RequestContext, id: string): Promise<void> {
  const rs = await managedRuleSet(ex, ctx, id, true);
  if (rs.status !== 'draft') throw new AppError('POINTS_RULE_SET_FROZEN');
  await ex.execute(sql`UPDATE point_rule_set SET status = 'superseded' WHERE scope_org_id = ${rs.scopeOrgId} AND year = ${rs.year} AND status = 'published'`);
  await ex.execute(sql`UPDATE point_rule_set SET status = 'published', published_at = now() WHERE id = ${id}`);
  // Balances are read under the version in force: those of earlier versions go, the year's are redone.
  await ex.execute(sql`DELETE FROM point_balance WHERE rule_set_id IN
    (SELECT id FROM point_rule_set WHERE scope_org_id = ${rs.scopeOrgId} AND year = ${rs.year} AND id <> ${id})`);
  const people = await rows<{ personId: string }>(
    ex,
    sql`SELECT DISTINCT person_id AS "personId" FROM point_entry
        WHERE rule_set_id IN (SELECT id FROM point_rule_set WHERE scope_org_id = ${rs.scopeOrgId} AND year = ${rs.year})`,
  );
  await refreshBalances(ex, { ...rs, status: 'published' }, people.map((p) => p.personId));
  await recordAudit(ex, auditActor(ctx), {
    action: 'point_rule_set.publish',
    entityType: 'point_rule_set',
    entityId: id,
    after: { scopeOrgId: rs.scopeOrgId, year: rs.year, version: rs.version },
  });
}
