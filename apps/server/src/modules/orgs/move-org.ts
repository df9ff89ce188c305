import { ORG_TYPES } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { requireOrgsInScope } from '../../platform/access';
import { auditActor, type RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { getOrgRow, insertHistory } from './orgs.repository';
import { canNestUnder } from './rules/org-nesting';

/** Moves a node and its whole subtree under a new parent: one UPDATE rewrites the subtree's paths. */
export async function moveOrg(
  ex: Executor,
  ctx: RequestContext,
  id: string,
  input: { parentId: string; version: number },
): Promise<void> {
  await requireOrgsInScope(ex, ctx.actor, 'org:write', [id, input.parentId]);
  const row = await getOrgRow(ex, id, { forUpdate: true });
  const parent = await getOrgRow(ex, input.parentId);
  if (!row || !parent) throw notFound();
  if (!row.parentId) throw new AppError('ORG_ROOT_IMMUTABLE');
  if (row.dissolvedAt || parent.dissolvedAt) throw new AppError('ORG_DISSOLVED');
  if (row.version !== input.version) throw new AppError('CONFLICT');
  if (parent.path.startsWith(row.path)) throw new AppError('ORG_MOVE_INTO_SELF');
  if (!canNestUnder(row.type, parent.type)) {
    throw new AppError('ORG_PARENT_INVALID', { child: ORG_TYPES.label(row.type), parent: ORG_TYPES.label(parent.type) });
  }
  if (row.parentId === parent.id) return;
  const oldParent = await getOrgRow(ex, row.parentId);
  const newPath = `${parent.path}${id}/`;
  const depthDelta = parent.depth + 1 - row.depth;
  const at = new Date().toISOString();
  await ex.execute(sql`UPDATE org_node
    SET path = ${newPath} || substr(path, ${row.path.length + 1}), depth = depth + ${depthDelta}, updated_at = ${at}
    WHERE path LIKE ${`${row.path}%`}`);
  await ex.execute(sql`UPDATE org_node SET parent_id = ${parent.id}, version = version + 1 WHERE id = ${id}`);
  const before = { parentId: row.parentId, parentName: oldParent?.name ?? null };
  const after = { parentId: parent.id, parentName: parent.name };
  await insertHistory(ex, { id: newId(), orgNodeId: id, kind: 'moved', before, after, at, actorAccountId: ctx.actor.accountId });
  await recordAudit(ex, auditActor(ctx), { action: 'org.move', entityType: 'org_node', entityId: id, before, after });
}
