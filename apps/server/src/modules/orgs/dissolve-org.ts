import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { requireOrgsInScope } from '../../platform/access';
import { auditActor, type RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { countPeopleInOrg } from '../people/index';
import { activeChildCount, getOrgRow, insertHistory } from './orgs.repository';

/** Dissolves (soft-deletes) an empty node: no active children and nobody placed in it or its groups. */
export async function dissolveOrg(ex: Executor, ctx: RequestContext, id: string, input: { version: number }): Promise<void> {
  await requireOrgsInScope(ex, ctx.actor, 'org:write', [id]);
  const row = await getOrgRow(ex, id, { forUpdate: true });
  if (!row) throw notFound();
  if (!row.parentId) throw new AppError('ORG_ROOT_IMMUTABLE');
  if (row.dissolvedAt) throw new AppError('ORG_DISSOLVED');
  if (row.version !== input.version) throw new AppError('CONFLICT');
  const [children, people] = await Promise.all([activeChildCount(ex, id), countPeopleInOrg(ex, id)]);
  if (children > 0 || people > 0) throw new AppError('ORG_NOT_EMPTY', { children, people });
  const at = new Date().toISOString();
  await ex.execute(sql`UPDATE org_node SET dissolved_at = ${at}, version = version + 1, updated_at = ${at} WHERE id = ${id}`);
  await insertHistory(ex, {
    id: newId(),
    orgNodeId: id,
    kind: 'dissolved',
    before: null,
    after: { dissolvedAt: at },
    at,
    actorAccountId: ctx.actor.accountId,
  });
  await recordAudit(ex, auditActor(ctx), {
    action: 'org.dissolve',
    entityType: 'org_node',
    entityId: id,
    before: { dissolvedAt: null },
    after: { dissolvedAt: at },
  });
}
