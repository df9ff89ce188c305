import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { rows, type Db } from './db';

const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../db/migrations');

type Journal = { entries: { idx: number; tag: string }[] };

export class SchemaTooNewError extends Error {
  constructor(public readonly unknown: string[]) {
    super(
      `The database schema is newer than this version of Zhibu (数据库版本高于程序版本): unknown migrations ${unknown.join(', ')}. ` +
        'Upgrade Zhibu, or restore a backup made by this version.',
    );
  }
}

export function knownMigrations(): string[] {
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8')) as Journal;
  return journal.entries.sort((a, b) => a.idx - b.idx).map((e) => e.tag);
}

async function ensureTable(db: Db) {
  await db.execute(
    sql`CREATE TABLE IF NOT EXISTS zhibu_migration (tag text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
  );
}

export async function appliedMigrations(db: Db): Promise<string[]> {
  await ensureTable(db);
  return (await rows<{ tag: string }>(db, sql`SELECT tag FROM zhibu_migration ORDER BY tag`)).map((r) => r.tag);
}

/**
 * Applies pending migrations, each in its own transaction, under an advisory lock so that several
 * instances starting together apply each migration once. Refuses a database that has migrations this
 * code does not know (a newer schema).
 */
export async function migrate(db: Db): Promise<{ applied: string[] }> {
  await ensureTable(db);
  const known = knownMigrations();
  const applied: string[] = [];
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(727001)`);
    const done = new Set((await rows<{ tag: string }>(tx, sql`SELECT tag FROM zhibu_migration`)).map((r) => r.tag));
    const unknown = [...done].filter((t) => !known.includes(t));
    if (unknown.length > 0) throw new SchemaTooNewError(unknown);
    for (const tag of known) {
      if (done.has(tag)) continue;
      const text = readFileSync(path.join(MIGRATIONS_DIR, `${tag}.sql`), 'utf8');
      for (const stmt of text.split('--> statement-breakpoint')) {
        if (stmt.trim()) await tx.execute(sql.raw(stmt));
      }
      await tx.execute(sql`INSERT INTO zhibu_migration (tag) VALUES (${tag})`);
      applied.push(tag);
    }
  });
  return { applied };
}
