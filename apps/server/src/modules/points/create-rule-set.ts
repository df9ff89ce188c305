import { zPointRuleSet, type PointRuleSetDefinitionInput } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { requireOrgsInScope } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { auditActor, type RequestContext } from '../../platform/context';
import { one, type Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { findPointTemplate } from './templates/index';

export type CreateRuleSetInput = {
  scopeOrgId: string;
  year: number;
  /** A built-in template to copy, or a whole definition (an edited or imported one). */
  templateKey?: string;
  definition?: PointRuleSetDefinitionInput;
  code?: string;
  name?: string;
};

/**
 * A new draft rule set for a subtree and year: version 1, or the next version after the latest one
 * (which then is what publishing it supersedes).
 */
export async function createRuleSet(ex: Executor, ctx: RequestContext, input: CreateRuleSetInput): Promise<{ id: string; version: number }> {
  await requireOrgsInScope(ex, ctx.actor, 'points:manage', [input.scopeOrgId]);
  const template = input.templateKey ? findPointTemplate(input.templateKey) : undefined;
  if (input.templateKey && !template) throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'templateKey', message: '没有该积分模板' }] });
  const source = template?.definition ?? input.definition;
  if (!source) throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'definition', message: '请选择模板或提供积分规则' }] });
  const last = await one<{ version: number }>(
    ex,
    sql`SELECT max(version)::int AS version FROM point_rule_set WHERE scope_org_id = ${input.scopeOrgId} AND year = ${input.year}`,
  );
  const version = (last?.version ?? 0) + 1;
  const parsed = zPointRuleSet.safeParse({
    ...source,
    code: input.code ?? template?.key ?? 'points',
    name: input.name ?? template?.zh ?? `${input.year}年度党员积分`,
    year: input.year,
    version,
  });
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', {}, { issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) });
  }
  const id = newId();
  await ex.execute(sql`INSERT INTO point_rule_set (id, scope_org_id, code, name, year, version, status, template_key, definition, created_by)
    VALUES (${id}, ${input.scopeOrgId}, ${parsed.data.code}, ${parsed.data.name}, ${input.year}, ${version}, 'draft', ${template?.key ?? null},
      ${JSON.stringify(parsed.data)}::jsonb, ${ctx.actor.accountId})`);
  await recordAudit(ex, auditActor(ctx), {
    action: 'point_rule_set.create',
    entityType: 'point_rule_set',
    entityId: id,
    after: { scopeOrgId: input.scopeOrgId, year: input.year, version, templateKey: template?.key ?? null, items: parsed.data.items.length },
  });
  return { id, version };
}
