import { passwordMeetsPolicy } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { auditActor, type RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { hashPassword, verifyPassword } from '../../platform/password';
import { accountById } from './accounts.repository';

/** Changes one's own password; other sessions of the account end. */
export async function changePassword(
  ex: Executor,
  ctx: RequestContext,
  input: { currentPassword: string; newPassword: string; keepSession: string | null },
): Promise<void> {
  const acc = await accountById(ex, ctx.actor.accountId, true);
  if (!acc) throw notFound();
  if (!(await verifyPassword(acc.passwordHash, input.currentPassword))) throw new AppError('PASSWORD_WRONG');
  if (!passwordMeetsPolicy(input.newPassword)) throw new AppError('PASSWORD_POLICY');
  if (input.newPassword === input.currentPassword) throw new AppError('PASSWORD_REUSED');
  const hash = await hashPassword(input.newPassword);
  await ex.execute(sql`UPDATE account SET password_hash = ${hash}, must_change_password = false,
    password_changed_at = now() WHERE id = ${acc.id}`);
  await ex.execute(sql`DELETE FROM session WHERE account_id = ${acc.id} AND token_hash <> ${input.keepSession ?? ''}`);
  await recordAudit(ex, auditActor(ctx), {
    action: 'auth.password_change',
    entityType: 'account',
    entityId: acc.id,
    before: { mustChangePassword: acc.mustChangePassword },
    after: { mustChangePassword: false },
  });
}
