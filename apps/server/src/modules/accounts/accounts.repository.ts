import { sql } from 'drizzle-orm';
import { one, rows, type Executor } from '../../platform/db';
import { inUuids } from '../../platform/sql-helpers';

export type AccountRow = {
  id: string;
  username: string;
  phone: string | null;
  displayName: string;
  passwordHash: string;
  personId: string | null;
  disabled: boolean;
  mustChangePassword: boolean;
  demo: boolean;
  failedAttempts: number;
  lockedUntil: string | null;
  lastLoginAt: string | null;
};

const COLUMNS = sql`id, username, phone, display_name AS "displayName", password_hash AS "passwordHash",
  person_id AS "personId", disabled, must_change_password AS "mustChangePassword", demo,
  failed_attempts AS "failedAttempts", locked_until AS "lockedUntil", last_login_at AS "lastLoginAt"`;

export async function accountByLogin(ex: Executor, login: string): Promise<AccountRow | undefined> {
  return one<AccountRow>(
    ex,
    sql`SELECT ${COLUMNS} FROM account WHERE lower(username) = lower(${login}) OR phone = ${login}
        ORDER BY (lower(username) = lower(${login})) DESC LIMIT 1 FOR UPDATE`,
  );
}

export async function accountById(ex: Executor, id: string, forUpdate = false): Promise<AccountRow | undefined> {
  return one<AccountRow>(ex, sql`SELECT ${COLUMNS} FROM account WHERE id = ${id} ${forUpdate ? sql`FOR UPDATE` : sql``}`);
}

export type RoleRow = { id: string; accountId: string; role: string; orgNodeId: string; orgName: string };

export async function rolesOf(ex: Executor, accountIds: readonly string[]): Promise<RoleRow[]> {
  return rows<RoleRow>(
    ex,
    sql`SELECT r.id, r.account_id AS "accountId", r.role, r.org_node_id AS "orgNodeId", n.name AS "orgName"
        FROM role_assignment r JOIN org_node n ON n.id = r.org_node_id
        WHERE ${inUuids(sql`r.account_id`, accountIds)} ORDER BY r.granted_at`,
  );
}

/**
 * For each org, the active accounts holding one of `roles` at that org or above it (their scope covers
 * it) — the people to remind about that org. One query for any number of orgs.
 */
export async function accountsCovering(
  ex: Executor,
  orgIds: readonly string[],
  roles: readonly string[],
): Promise<{ orgId: string; accountId: string; role: string }[]> {
  if (orgIds.length === 0) return [];
  return rows<{ orgId: string; accountId: string; role: string }>(
    ex,
    sql`SELECT n.id AS "orgId", r.account_id AS "accountId", r.role
        FROM org_node n
        JOIN role_assignment r ON r.role IN (SELECT jsonb_array_elements_text(${JSON.stringify(roles)}::jsonb))
        JOIN org_node rn ON rn.id = r.org_node_id
        JOIN account a ON a.id = r.account_id AND NOT a.disabled
        WHERE ${inUuids(sql`n.id`, orgIds)} AND n.path LIKE rn.path || '%'`,
  );
}
