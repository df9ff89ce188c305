import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { burnPasswordCheck, verifyPassword } from '../../platform/password';
import { createSession } from '../../platform/session';
import { accountByLogin } from './accounts.repository';

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCK_MINUTES = 15;

type LoginInput = { login: string; password: string; ip: string | null; userAgent: string | null; timeZone: string };

/**
 * Signs in by username or phone. Five wrong passwords in a row lock the account for 15 minutes, and a
 * locked account refuses even the right password. Failures are committed before the error is thrown.
 */
export async function login(
  db: Db,
  secret: string,
  input: LoginInput,
): Promise<{ token: string; csrfToken: string; mustChangePassword: boolean; demo: boolean }> {
  type Outcome =
    | { ok: true; token: string; csrfToken: string; mustChangePassword: boolean; demo: boolean }
    | { ok: false; error: AppError };
  const outcome = await db.transaction(async (tx): Promise<Outcome> => {
    const acc = await accountByLogin(tx, input.login);
    if (!acc) {
      await burnPasswordCheck(input.password);
      return { ok: false, error: new AppError('LOGIN_FAILED') };
    }
    const who = { accountId: acc.id, name: acc.displayName, ip: input.ip };
    if (acc.lockedUntil && Date.parse(acc.lockedUntil) > Date.now()) {
      return { ok: false, error: new AppError('ACCOUNT_LOCKED', { until: formatLocal(acc.lockedUntil, input.timeZone) }, { lockedUntil: acc.lockedUntil }) };
    }
    if (acc.disabled) return { ok: false, error: new AppError('ACCOUNT_DISABLED') };
    if (!(await verifyPassword(acc.passwordHash, input.password))) {
      const attempts = acc.failedAttempts + 1;
      if (attempts >= MAX_FAILED_ATTEMPTS) {
        const until = new Date(Date.now() + LOCK_MINUTES * 60_000).toISOString();
        await tx.execute(sql`UPDATE account SET failed_attempts = 0, locked_until = ${until} WHERE id = ${acc.id}`);
        await recordAudit(tx, who, { action: 'auth.lock', entityType: 'account', entityId: acc.id, after: { lockedUntil: until } });
        return { ok: false, error: new AppError('ACCOUNT_LOCKED', { until: formatLocal(until, input.timeZone) }, { lockedUntil: until }) };
      }
      await tx.execute(sql`UPDATE account SET failed_attempts = ${attempts} WHERE id = ${acc.id}`);
      await recordAudit(tx, who, { action: 'auth.login_failed', entityType: 'account', entityId: acc.id, after: { attempts } });
      return { ok: false, error: new AppError('LOGIN_FAILED') };
    }
    await tx.execute(sql`UPDATE account SET failed_attempts = 0, locked_until = NULL, last_login_at = now() WHERE id = ${acc.id}`);
    const s = await createSession(tx, secret, acc.id, { ip: input.ip, userAgent: input.userAgent });
    await recordAudit(tx, who, { action: 'auth.login', entityType: 'account', entityId: acc.id });
    return { ok: true, ...s, mustChangePassword: acc.mustChangePassword, demo: acc.demo };
  });
  if (!outcome.ok) throw outcome.error;
  return outcome;
}

function formatLocal(iso: string, timeZone: string): string {
  return new Date(iso).toLocaleTimeString('zh-CN', { timeZone, hour: '2-digit', minute: '2-digit' });
}
