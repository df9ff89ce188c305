import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { lockDataDir } from '../../apps/server/src/platform/data-lock';
import { one, openDatabase, rows, type Database } from '../../apps/server/src/platform/db';
import { migrate } from '../../apps/server/src/platform/migrate';

export type Target = { database: Database; dataDir: string; describe: string; close(): Promise<void> };

/** The database the server would use: DATABASE_URL, else the embedded one under DATA_DIR (locked). */
export async function openTarget(env: NodeJS.ProcessEnv = process.env): Promise<Target> {
  const url = env.DATABASE_URL || undefined;
  const dataDir = path.resolve(env.DATA_DIR || './data');
  // Also with PostgreSQL: the administrators' initial passwords are written there.
  mkdirSync(dataDir, { recursive: true });
  const release = url ? () => undefined : lockDataDir(dataDir, 'zhibu gen');
  try {
    const database = await openDatabase(url ? { databaseUrl: url } : { dataDir });
    await migrate(database.db);
    const where = url ? `PostgreSQL ${new URL(url).host}${new URL(url).pathname}` : `embedded PostgreSQL in ${dataDir}`;
    return {
      database,
      dataDir,
      describe: where,
      async close() {
        await database.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

export async function isEmpty(t: Target): Promise<boolean> {
  const r = await one<{ n: number }>(
    t.database.db,
    sql`SELECT ((SELECT count(*) FROM org_node) + (SELECT count(*) FROM person) + (SELECT count(*) FROM account))::int AS n`,
  );
  return (r?.n ?? 0) === 0;
}

/** Empties every table but the migration journal (for --force). */
export async function wipe(t: Target): Promise<void> {
  const tables = await rows<{ name: string }>(
    t.database.db,
    sql`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'zhibu_migration'`,
  );
  if (tables.length === 0) return;
  await t.database.db.execute(sql.raw(`TRUNCATE ${tables.map((x) => `"${x.name}"`).join(', ')} CASCADE`));
}
