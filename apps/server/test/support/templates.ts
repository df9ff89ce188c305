import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { fromPglite, openDatabase, parsers, type Database } from '../../src/platform/db';
import { checkDemoMode, markSeeded } from '../../src/platform/installation';
import { migrate } from '../../src/platform/migrate';
import { seedDemo } from '../../src/seed/demo';

export type TemplateKind = 'empty' | 'demo';
export const TEST_TIME_ZONE = 'Asia/Shanghai';

/** PostgreSQL server for the integration suite, when the run targets one. */
export function testServerUrl(): string | undefined {
  return process.env.ZHIBU_TEST_DB === 'postgres' ? (process.env.TEST_DATABASE_URL ?? undefined) : undefined;
}

export function databaseUrlFor(serverUrl: string, dbName: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${dbName}`;
  return u.toString();
}

async function fill(database: Database, kind: TemplateKind) {
  await migrate(database.db);
  await checkDemoMode(database.db, kind === 'demo');
  if (kind === 'demo') await seedDemo(database.db, TEST_TIME_ZONE);
  await markSeeded(database.db);
}

/** Builds the migrated (and demo-seeded) templates once per run; test files clone them. */
export async function buildTemplates(): Promise<{ dir: string; server?: string }> {
  const server = testServerUrl();
  if (server) {
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    for (const kind of ['empty', 'demo'] as const) {
      const name = `zhibu_tpl_${kind}`;
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}`);
      const database = await openDatabase({ databaseUrl: databaseUrlFor(server, name) });
      await fill(database, kind);
      await database.close();
    }
    await admin.end();
    return { dir: '', server };
  }
  const dir = path.join(os.tmpdir(), `zhibu-test-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  for (const kind of ['empty', 'demo'] as const) {
    const client = await PGlite.create({ parsers });
    const database = fromPglite(client);
    await fill(database, kind);
    const dump = await client.dumpDataDir('gzip');
    writeFileSync(path.join(dir, `${kind}.tar.gz`), Buffer.from(await dump.arrayBuffer()));
    await client.close();
  }
  return { dir };
}
