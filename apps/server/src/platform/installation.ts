import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { one, type Db } from './db';

export class DemoModeRefusedError extends Error {}

export type InstallationState = { exists: boolean; demo: boolean; seeded: boolean };

export async function installationState(db: Db): Promise<InstallationState> {
  const row = await one<{ demo: number; seededAt: string | null }>(
    db,
    sql`SELECT demo, seeded_at AS "seededAt" FROM installation WHERE id = 1`,
  );
  return { exists: !!row, demo: row?.demo === 1, seeded: !!row?.seededAt };
}

/**
 * Demo mode refuses a database that was not created in demo mode: the demo seed adds accounts with a
 * published password, which must never land in a real installation.
 */
export async function checkDemoMode(db: Db, demo: boolean): Promise<InstallationState> {
  const state = await installationState(db);
  if (demo && state.exists && !state.demo) {
    throw new DemoModeRefusedError(
      'Demo mode (ZHIBU_DEMO=on) refuses to start on a database that was not created in demo mode. ' +
        'Start without demo mode, or use an empty DATA_DIR / database. (演示模式不能在正式数据库上启动)',
    );
  }
  if (demo && !state.exists) {
    const hasData = await one<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM org_node`);
    if ((hasData?.n ?? 0) > 0) {
      throw new DemoModeRefusedError('Demo mode refuses a non-empty database that was not created in demo mode.');
    }
  }
  if (!state.exists) {
    await db.execute(sql`INSERT INTO installation (id, demo) VALUES (1, ${demo ? 1 : 0}) ON CONFLICT (id) DO NOTHING`);
    return installationState(db);
  }
  return state;
}

export async function markSeeded(db: Db): Promise<void> {
  await db.execute(sql`UPDATE installation SET seeded_at = now() WHERE id = 1`);
}

export function randomInitialPassword(): string {
  // Four character classes guaranteed; must be changed at first sign-in.
  return `Zb-${randomBytes(9).toString('base64url')}7a`;
}

export function writeInitialPasswords(dataDir: string, lines: string[]): string {
  const file = path.join(dataDir, 'initial-passwords.txt');
  writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 });
  return file;
}
