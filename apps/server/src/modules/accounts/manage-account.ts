import { passwordMeetsPolicy } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { auditActor, type RequestContext } from '../../platform/context';
import { one, type Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { hashPassword } from '../../platform/password';
import { accountById } from './accounts.repository';

async function checkUnique(ex: Executor, f: { username?: string; phone?: string | null; personId?: string | null }, exceptId?: string) {
  const not = exceptId ? sql`AND id <> ${exceptId}` : sql``;
  if (f.username && (await one(ex, sql`SELECT 1 FROM account WHERE lower(username) = lower(${f.username}) ${not}`))) {
    throw new AppError('USERNAME_TAKEN', { username: f.username });
  }
  if (f.phone && (await one(ex, sql`SELECT 1 FROM account WHERE phone = ${f.phone} ${not}`))) throw new AppError('PHONE_TAKEN');
  if (f.personId) {
    if (!(await one(ex, sql`SELECT 1 FROM person WHERE id = ${f.personId}`))) throw notFound();
    if (await one(ex, sql`SELECT 1 FROM account WHERE person_id = ${f.personId} ${not}`)) {
      throw new AppError('CONFLICT');
    }
  }
}

/** Creates an account with an initial password that must be changed at first sign-in. */
export async function createAccount(
  ex: Executor,
  ctx: RequestContext,
  input: { username: string; displayName: string; phone?: string | null; personId?: string | null; initialPassword: string },
): Promise<{ id: string }> {
  if (!passwordMeetsPolicy(input.initialPassword)) throw new AppError('PASSWORD_POLICY');
  await checkUnique(ex, input);
  const id = newId();
  const hash = await hashPassword(input.initialPassword);
  await ex.execute(sql`INSERT INTO account (id, username, display_name, phone, person_id, password_hash, must_change_password)
    VALUES (${id}, ${input.username}, ${input.displayName}, ${input.phone ?? null}, ${input.personId ?? null}, ${hash}, true)`);
  await recordAudit(ex, auditActor(ctx), {
    action: 'account.create',
    entityType: 'account',
    entityId: id,
    after: { username: input.username, displayName: input.displayName, personId: input.personId ?? null },
  });
  return { id };
}

export async function updateAccount(
  ex: Executor,
  ctx: RequestContext,
  id: string,
  input: { displayName?: string; phone?: string | null; personId?: string | null; disabled?: boolean },
): Promise<void> {
  const acc = await accountById(ex, id, true);
  if (!acc) throw notFound();
  if (input.disabled && id === ctx.actor.accountId) throw new AppError('SELF_LOCKOUT');
  await checkUnique(ex, { phone: input.phone, personId: input.personId }, id);
  const next = {
    displayName: input.displayName ?? acc.displayName,
    phone: input.phone === undefined ? acc.phone : input.phone,
    personId: input.personId === undefined ? acc.personId : input.personId,
    disabled: input.disabled ?? acc.disabled,
  };
  await ex.execute(sql`UPDATE account SET display_name = ${next.displayName}, phone = ${next.phone},
    person_id = ${next.personId}, disabled = ${next.disabled} WHERE id = ${id}`);
  if (next.disabled) await ex.execute(sql`DELETE FROM session WHERE account_id = ${id}`);
  const before = { displayName: acc.displayName, phone: acc.phone, personId: acc.personId, disabled: acc.disabled };
  await recordAudit(ex, auditActor(ctx), { action: 'account.update', entityType: 'account', entityId: id, before, after: next });
}

/** Sets a new initial password (to be changed at next sign-in) and lifts a lock. */
export async function resetPassword(ex: Executor, ctx: RequestContext, id: string, newPassword: string): Promise<void> {
  const acc = await accountById(ex, id, true);
  if (!acc) throw notFound();
  if (!passwordMeetsPolicy(newPassword)) throw new AppError('PASSWORD_POLICY');
  const hash = await hashPassword(newPassword);
  await ex.execute(sql`UPDATE account SET password_hash = ${hash}, must_change_password = true, failed_attempts = 0,
    locked_until = NULL WHERE id = ${id}`);
  await ex.execute(sql`DELETE FROM session WHERE account_id = ${id}`);
  await recordAudit(ex, auditActor(ctx), { action: 'account.reset_password', entityType: 'account', entityId: id });
}

export async function unlockAccount(ex: Executor, ctx: RequestContext, id: string): Promise<void> {
  const acc = await accountById(ex, id, true);
  if (!acc) throw notFound();
  await ex.execute(sql`UPDATE account SET failed_attempts = 0, locked_until = NULL WHERE id = ${id}`);
  await recordAudit(ex, auditActor(ctx), {
    action: 'account.unlock',
    entityType: 'account',
    entityId: id,
    before: { lockedUntil: acc.lockedUntil },
    after: { lockedUntil: null },
  });
}

