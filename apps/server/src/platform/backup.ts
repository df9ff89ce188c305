import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { fromPglite, one, parsers, pgliteDir } from './db';
import { lockDataDir } from './data-lock';
import { appliedMigrations, knownMigrations, SchemaTooNewError } from './migrate';

export class BackupError extends Error {}

/** Writes a consistent gzip tarball of the embedded database. The server must be stopped (the data dir is locked). */
export async function backupEmbedded(dataDir: string, file: string): Promise<{ bytes: number }> {
  const release = lockDataDir(dataDir, 'backup');
  try {
    if (!existsSync(pgliteDir(dataDir))) throw new BackupError(`No embedded database in ${dataDir}`);
    const client = await PGlite.create(pgliteDir(dataDir), { parsers });
    try {
      await client.exec('CHECKPOINT');
      const dump = await client.dumpDataDir('gzip');
      const bytes = Buffer.from(await dump.arrayBuffer());
      writeFileSync(file, bytes);
      return { bytes: bytes.length };
    } finally {
      await client.close();
    }
  } finally {
    release();
  }
}

/**
 * Replaces the embedded database with a backup. The backup is first opened in a side directory and
 * checked (it must be a Zhibu database whose schema this version knows); only then is the current
 * database moved aside (kept as pgdata.before-restore-<time>) and the restored one put in its place.
 */
export async function restoreEmbedded(dataDir: string, file: string): Promise<{ movedAside: string | null }> {
  if (!existsSync(file)) throw new BackupError(`Backup file not found: ${file}`);
  const release = lockDataDir(dataDir, 'restore');
  const target = pgliteDir(dataDir);
  const staging = `${target}.restoring`;
  try {
    rmSync(staging, { recursive: true, force: true });
    let client: PGlite;
    try {
      client = await PGlite.create(staging, { loadDataDir: new Blob([readFileSync(file)]), parsers });
    } catch (err) {
      rmSync(staging, { recursive: true, force: true });
      throw new BackupError(`Not a readable Zhibu backup (${(err as Error).message})`);
    }
    try {
      const database = fromPglite(client);
      const has = await one<{ t: string | null }>(database.db, sql`SELECT to_regclass('public.zhibu_migration')::text AS t`);
      if (!has?.t) throw new BackupError('The file is not a Zhibu backup');
      const unknown = (await appliedMigrations(database.db)).filter((t) => !knownMigrations().includes(t));
      if (unknown.length > 0) throw new SchemaTooNewError(unknown);
    } finally {
      await client.close();
    }
    let movedAside: string | null = null;
    if (existsSync(target)) {
      movedAside = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      renameSync(target, movedAside);
    }
    renameSync(staging, target);
    return { movedAside: movedAside ? path.basename(movedAside) : null };
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    throw err;
  } finally {
    release();
  }
}
