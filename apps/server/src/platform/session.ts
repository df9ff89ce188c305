import { createHmac, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Role } from '@zhibu/shared';
import { buildActor, type Actor } from './access';
import { one, rows, type Executor } from './db';

export const SESSION_COOKIE = 'zhibu_sid';
export const CSRF_HEADER = 'x-csrf-token';
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
const TOUCH_EVERY_MS = 60 * 1000;

export function tokenHash(secret: string, token: string): string {
  return createHmac('sha256', secret).update(token).digest('hex');
}

export async function createSession(
  ex: Executor,
  secret: string,
  accountId: string,
  meta: { ip: string | null; userAgent: string | null },
): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await ex.execute(sql`INSERT INTO session (token_hash, account_id, csrf_token, ip, user_agent)
    VALUES (${tokenHash(secret, token)}, ${accountId}, ${csrfToken}, ${meta.ip}, ${meta.userAgent?.slice(0, 300) ?? null})`);
  return { token, csrfToken };
}

export type LoadedSession =
  | { state: 'none' }
  | { state: 'expired' }
  | { state: 'ok'; tokenHash: string; csrfToken: string; actor: Actor; mustChangePassword: boolean };

type SessionRow = {
  tokenHash: string;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  accountId: string;
  username: string;
  displayName: string;
  personId: string | null;
  disabled: boolean;
  mustChangePassword: boolean;
  demo: boolean;
};

/** Looks up a session token, enforces the idle and absolute timeouts, and loads the actor. */
export async function loadSession(
  ex: Executor,
  opts: { secret: string; demoMode: boolean },
  token: string | undefined,
): Promise<LoadedSession> {
  const { secret } = opts;
  if (!token) return { state: 'none' };
  const h = tokenHash(secret, token);
  const s = await one<SessionRow>(
    ex,
    sql`SELECT s.token_hash AS "tokenHash", s.csrf_token AS "csrfToken", s.created_at AS "createdAt",
               s.last_seen_at AS "lastSeenAt", a.id AS "accountId", a.username, a.display_name AS "displayName",
               a.person_id AS "personId", a.disabled, a.must_change_password AS "mustChangePassword", a.demo
        FROM session s JOIN account a ON a.id = s.account_id WHERE s.token_hash = ${h}`,
  );
  if (!s) return { state: 'expired' };
  const now = Date.now();
  const idle = now - Date.parse(s.lastSeenAt);
  if (s.disabled || idle > IDLE_TIMEOUT_MS || now - Date.parse(s.createdAt) > ABSOLUTE_TIMEOUT_MS) {
    await ex.execute(sql`DELETE FROM session WHERE token_hash = ${h}`);
    return { state: 'expired' };
  }
  if (idle > TOUCH_EVERY_MS) await ex.execute(sql`UPDATE session SET last_seen_at = now() WHERE token_hash = ${h}`);
  const assignments = await rows<{ id: string; role: Role; orgNodeId: string; orgPath: string; orgName: string }>(
    ex,
    sql`SELECT r.id, r.role, r.org_node_id AS "orgNodeId", n.path AS "orgPath", n.name AS "orgName"
        FROM role_assignment r JOIN org_node n ON n.id = r.org_node_id
        WHERE r.account_id = ${s.accountId} ORDER BY r.granted_at`,
  );
  const actor = buildActor({
    accountId: s.accountId,
    username: s.username,
    displayName: s.displayName,
    personId: s.personId,
    assignments,
  });
  return {
    state: 'ok',
    tokenHash: h,
    csrfToken: s.csrfToken,
    actor,
    mustChangePassword: s.mustChangePassword && !(opts.demoMode && s.demo),
  };
}

export async function deleteSession(ex: Executor, hash: string): Promise<void> {
  await ex.execute(sql`DELETE FROM session WHERE token_hash = ${hash}`);
}
