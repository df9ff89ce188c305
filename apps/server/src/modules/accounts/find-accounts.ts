import { maskPhone } from '@zhibu/shared';
import { sql, type SQL } from 'drizzle-orm';
import { one, rows, type Executor } from '../../platform/db';
import { likeEscape } from '../../platform/sql-helpers';
import { rolesOf } from './accounts.repository';
import type { AccountView } from './accounts.schemas';

type Filter = { page: number; pageSize: number; q?: string; role?: string; disabled?: 'true' | 'false' };

/** While demo mode is on, demo accounts are exempt from the forced password change (as at sign-in). */
type Options = { demoMode: boolean };

/** Accounts for the system and security administrators: login data and roles, no business records. */
export async function findAccounts(ex: Executor, f: Filter, opts: Options) {
  const parts: SQL[] = [sql`true`];
  if (f.q) {
    const like = `%${likeEscape(f.q)}%`;
    parts.push(sql`(a.username ILIKE ${like} OR a.display_name LIKE ${like})`);
  }
  if (f.disabled) parts.push(sql`a.disabled = ${f.disabled === 'true'}`);
  if (f.role) parts.push(sql`EXISTS (SELECT 1 FROM role_assignment r WHERE r.account_id = a.id AND r.role = ${f.role})`);
  const where = sql.join(parts, sql` AND `);
  const [list, count] = await Promise.all([
    rows<Omit<AccountView, 'roles' | 'locked'> & { demo: boolean }>(
      ex,
      sql`SELECT a.id, a.username, a.display_name AS "displayName", a.phone, a.person_id AS "personId",
                 p.name AS "personName", a.disabled, a.locked_until AS "lockedUntil",
                 a.must_change_password AS "mustChangePassword", a.last_login_at AS "lastLoginAt", a.demo
          FROM account a LEFT JOIN person p ON p.id = a.person_id
          WHERE ${where} ORDER BY a.username LIMIT ${f.pageSize} OFFSET ${(f.page - 1) * f.pageSize}`,
    ),
    one<{ c: number }>(ex, sql`SELECT count(*)::int AS c FROM account a WHERE ${where}`),
  ]);
  const roles = await rolesOf(ex, list.map((a) => a.id));
  const now = Date.now();
  const items: AccountView[] = list.map(({ demo, ...a }) => ({
    ...a,
    mustChangePassword: a.mustChangePassword && !(opts.demoMode && demo),
    phone: maskPhone(a.phone),
    locked: !!a.lockedUntil && Date.parse(a.lockedUntil) > now,
    roles: roles
      .filter((r) => r.accountId === a.id)
      .map((r) => ({ id: r.id, role: r.role as AccountView['roles'][number]['role'], orgNodeId: r.orgNodeId, orgName: r.orgName })),
  }));
  return { items, total: count?.c ?? 0, page: f.page, pageSize: f.pageSize };
}

/** Minimal person lookup (name and organisation) to link an account to its person. */
export async function findPersonCandidates(ex: Executor, q: string) {
  return rows<{ id: string; name: string; orgName: string }>(
    ex,
    sql`SELECT p.id, p.name, o.name AS "orgName" FROM person p JOIN org_node o ON o.id = p.org_node_id
        WHERE p.name LIKE ${`%${likeEscape(q)}%`} ORDER BY p.name LIMIT 20`,
  );
}

/** The organisation tree's names and types, to choose where a role applies. */
export async function orgOptions(ex: Executor) {
  return rows<{ id: string; parentId: string | null; name: string; type: string }>(
    ex,
    sql`SELECT id, parent_id AS "parentId", name, type FROM org_node WHERE dissolved_at IS NULL ORDER BY path`,
  );
}
