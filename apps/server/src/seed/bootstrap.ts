import { sql } from 'drizzle-orm';
import { assignRole, createAccount } from '../modules/accounts/index';
import { createRootOrg } from '../modules/orgs/index';
import { one, type Db } from '../platform/db';
import { randomInitialPassword, writeInitialPasswords } from '../platform/installation';
import { systemContext } from '../platform/system-actor';

/**
 * First start of a real installation: the root organisation and four accounts (committee
 * administrator and the three separated administrators) with random initial passwords that must be
 * changed at first sign-in. The passwords are written once to DATA_DIR/initial-passwords.txt.
 */
export async function bootstrapInstallation(
  db: Db,
  opts: { dataDir: string; timeZone: string; rootName: string },
): Promise<{ passwordsFile: string } | null> {
  if (await one(db, sql`SELECT 1 FROM org_node LIMIT 1`)) return null;
  const lines: string[] = [];
  await db.transaction(async (tx) => {
    const who = { accountId: null, name: '系统初始化', ip: null };
    const root = await createRootOrg(tx, who, { name: opts.rootName, code: 'ROOT' });
    const ctx = systemContext({ id: root.id, path: `/${root.id}/`, name: opts.rootName }, opts.timeZone);
    const accounts = [
      { username: 'admin', displayName: '党委管理员', role: 'committee_admin' as const },
      { username: 'sysadmin', displayName: '系统管理员', role: 'sysadmin' as const },
      { username: 'secadmin', displayName: '安全管理员', role: 'secadmin' as const },
      { username: 'auditor', displayName: '审计管理员', role: 'auditor' as const },
    ];
    for (const a of accounts) {
      const password = randomInitialPassword();
      const { id } = await createAccount(tx, ctx, { username: a.username, displayName: a.displayName, initialPassword: password });
      await assignRole(tx, ctx, id, { role: a.role, orgNodeId: root.id });
      lines.push(`${a.username}\t${password}\t${a.displayName}`);
    }
  });
  return { passwordsFile: writeInitialPasswords(opts.dataDir, lines) };
}
