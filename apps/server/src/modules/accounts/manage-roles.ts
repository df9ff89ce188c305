import { SEPARATED_ADMIN_ROLES, type Role } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { auditActor, type RequestContext } from '../../platform/context';
import { one, type Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { accountById, rolesOf } from './accounts.repository';

/**
 * Grants (account, role, org node). 三员分立: an administrator role cannot be combined with any other
 * role; the secretary and member roles act as a person and need the account linked to one.
 */
export async function assignRole(
  ex: Executor,
  ctx: RequestContext,
  accountId: string,
  input: { role: Role; orgNodeId: string },
): Promise<{ id: string }> {
  const acc = await accountById(ex, accountId, true);
  if (!acc) throw notFound();
  if (!(await one(ex, sql`SELECT 1 FROM org_node WHERE id = ${input.orgNodeId} AND dissolved_at IS NULL`))) throw notFound();
  const existing = await rolesOf(ex, [accountId]);
  const isAdmin = SEPARATED_ADMIN_ROLES.includes(input.role);
  if (existing.some((r) => isAdmin || SEPARATED_ADMIN_ROLES.includes(r.role as Role))) {
    if (!existing.every((r) => r.role === input.role)) throw new AppError('ROLE_SEPARATION');
  }
  if ((input.role === 'secretary' || input.role === 'member') && !acc.personId) throw new AppError('ROLE_NEEDS_PERSON');
  const dup = existing.find((r) => r.role === input.role && r.orgNodeId === input.orgNodeId);
  if (dup) return { id: dup.id };
  const id = newId();
  await ex.execute(sql`INSERT INTO role_assignment (id, account_id, role, org_node_id, granted_by)
    VALUES (${id}, ${accountId}, ${input.role}, ${input.orgNodeId}, ${ctx.actor.accountId})`);
  await recordAudit(ex, auditActor(ctx), {
    action: 'role.assign',
    entityType: 'role_assignment',
    entityId: id,
    after: { accountId, username: acc.username, ...input },
  });
  return { id };
}

export async function revokeRole(ex: Executor, ctx: RequestContext, accountId: string, assignmentId: string): Promise<void> {
  const r = await one<{ role: string; orgNodeId: string }>(
    ex,
    sql`SELECT role, org_node_id AS "orgNodeId" FROM role_assignment WHERE id = ${assignmentId} AND account_id = ${accountId}`,
  );
  if (!r) throw notFound();
  if (accountId === ctx.actor.accountId && r.role === 'secadmin') throw new AppError('SELF_LOCKOUT');
  await ex.execute(sql`DELETE FROM role_assignment WHERE id = ${assignmentId}`);
  await recordAudit(ex, auditActor(ctx), {
    action: 'role.revoke',
    entityType: 'role_assignment',
    entityId: assignmentId,
    before: { accountId, ...r },
  });
}
