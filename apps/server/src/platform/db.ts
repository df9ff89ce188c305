import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from '../db/schema/index';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything that runs queries: the database or an open transaction. */
export type Executor = Db | Tx;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** The PGlite instance (embedded mode only), for backups. */
  pglite?: PGlite;
  close(): Promise<void>;
};

const OID = { int8: 20, date: 1082, timestamp: 1114, timestamptz: 1184 } as const;

/** timestamptz text ("2026-03-01 08:00:00.12+08") → ISO 8601 in UTC. */
export function isoTimestamp(v: string | Date | null | undefined): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  const normalised = v.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00');
  const d = new Date(normalised);
  return Number.isNaN(d.getTime()) ? v : d.toISOString();
}

// Instance-level parsers. Drizzle passes its own per-query parsers on both drivers, which win for
// int8 (a string on node-postgres) and timestamps (text, normalised in rows()), so SQL casts counts
// to int (count(*)::int) and bigint ids to float8.
export const parsers = {
  [OID.int8]: (v: string) => Number(v),
  [OID.date]: (v: string) => v,
  [OID.timestamp]: (v: string) => v,
  [OID.timestamptz]: (v: string) => isoTimestamp(v),
};

export function pgliteDir(dataDir: string): string {
  return path.join(dataDir, 'pgdata');
}

export async function openDatabase(opts: { databaseUrl?: string; dataDir?: string; memory?: boolean }): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      max: 10,
      types: {
        getTypeParser: ((oid: number, format?: string) => {
          const own = (parsers as Record<number, (v: string) => unknown>)[oid];
          return own ?? (pg.types.getTypeParser(oid, format as 'text') as (v: string) => unknown);
        }) as typeof pg.types.getTypeParser,
      },
    });
    pool.on('connect', (c) => {
      c.query("SET TIME ZONE 'UTC'").catch(() => undefined);
    });
    const client = await pool.connect(); // fail fast with a clear error if the server is unreachable
    client.release();
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return { db, kind: 'postgres', close: () => pool.end() };
  }
  let dir: string | undefined;
  if (!opts.memory) {
    if (!opts.dataDir) throw new Error('dataDir is required for the embedded database');
    dir = pgliteDir(opts.dataDir);
    mkdirSync(dir, { recursive: true });
  }
  const client = await PGlite.create(dir, { parsers });
  await client.exec("SET TIME ZONE 'UTC'");
  return fromPglite(client);
}

/** An embedded database loaded from a data-directory dump (backups, test templates). */
export async function openPgliteFromDump(dump: Blob, dataDir?: string): Promise<Database> {
  const client = await PGlite.create(dataDir, { loadDataDir: dump, parsers });
  await client.exec("SET TIME ZONE 'UTC'");
  return fromPglite(client);
}

export function fromPglite(client: PGlite): Database {
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return { db, kind: 'pglite', pglite: client, close: () => client.close() };
}

const PG_TIMESTAMPTZ = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?[+-]\d\d(:\d\d)?$/;

/**
 * Runs raw SQL and returns its rows. Drizzle installs its own per-query type parsers that hand back
 * timestamptz as PostgreSQL text ("2026-11-21 08:00:00.123+00") on both drivers, so such values are
 * turned into ISO 8601 here: the API speaks ISO, and the audit chain hashes exactly what it wrote.
 */
export async function rows<T>(ex: Executor, query: SQL): Promise<T[]> {
  const res: unknown = await ex.execute(query);
  const list = (res as { rows: Record<string, unknown>[] }).rows;
  for (const row of list) {
    for (const k in row) {
      const v = row[k];
      if (v instanceof Date) row[k] = v.toISOString();
      else if (typeof v === 'string' && v.length <= 35 && PG_TIMESTAMPTZ.test(v)) row[k] = isoTimestamp(v);
    }
  }
  return list as T[];
}

export async function one<T>(ex: Executor, query: SQL): Promise<T | undefined> {
  return (await rows<T>(ex, query))[0];
}

export { sql };

async function analysisSettings(tx: Tx): Promise<void> {
  await tx.execute(sql`SET LOCAL jit = off`);
  await tx.execute(sql`SET LOCAL work_mem = '64MB'`);
}

/**
 * Runs set-based analysis over many orgs (an evaluation's metric families) in one transaction with
 * planner settings for it: more memory per sort and hash (a 10,000-branch aggregate by person would
 * otherwise spill to disk) and no JIT compilation, which on this workload costs more than it saves.
 */
export async function withAnalysisSettings<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await analysisSettings(tx);
    return fn(tx);
  });
}

/** Hands a piece of read-only work a connection to run on; see `withParallelReads`. */
export type Reader = <T>(work: (ex: Executor) => Promise<T>) => Promise<T>;

/**
 * The rows of one query run by a reader. The connection is free again as soon as they have arrived,
 * so what the caller then works out of them overlaps the next query instead of holding it up.
 */
export function readRows<T>(read: Reader, query: SQL): Promise<T[]> {
  return read((ex) => rows<T>(ex, query));
}

/** A reader on one executor that runs the work it is given one piece at a time, in the order given. */
export function serialReader(ex: Executor): Reader {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: (ex: Executor) => Promise<T>) => {
    const run = tail.then(() => work(ex));
    tail = run.catch(() => undefined);
    return run;
  };
}

type Task = {
  work: (ex: Executor) => Promise<unknown>;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
};

type Settled = { ok: true; value: unknown } | { ok: false; error: unknown };

/** Starts a piece of work now and reports how it ended, whether it throws at once or fails later. */
function start(work: (ex: Executor) => Promise<unknown>, ex: Executor): Promise<Settled> {
  try {
    return work(ex).then(
      (value) => ({ ok: true, value }),
      (error: unknown) => ({ ok: false, error }),
    );
  } catch (error) {
    return Promise.resolve({ ok: false, error });
  }
}

/** Work waiting for a connection, taken by whichever lane is free first. */
class Lanes {
  private readonly queue: Task[] = [];
  private readonly idle: ((t: Task | null) => void)[] = [];
  private closed = false;

  readonly read: Reader = <T>(work: (ex: Executor) => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      const task: Task = { work, resolve: resolve as (v: unknown) => void, reject };
      const lane = this.idle.shift();
      if (lane) lane(task);
      else this.queue.push(task);
    });

  /**
   * Runs work on one connection until closed. When a piece finishes, the next one waiting is started
   * before the finished one is handed back: a caller that then spends a while on its rows (folding a
   * roster of 190,000 members) would otherwise leave the connection idle until it is done.
   */
  async serve(ex: Executor): Promise<void> {
    let t = await this.next();
    let running = t && start(t.work, ex);
    while (t && running) {
      const outcome = await running;
      const next = this.queue.shift();
      const nextRunning = next && start(next.work, ex);
      if (outcome.ok) t.resolve(outcome.value);
      else t.reject(outcome.error);
      if (next) {
        t = next;
        running = nextRunning!;
      } else {
        t = await this.next();
        running = t && start(t.work, ex);
      }
    }
  }

  close(): void {
    this.closed = true;
    for (const lane of this.idle.splice(0)) lane(null);
  }

  private next(): Promise<Task | null> {
    const t = this.queue.shift();
    if (t) return Promise.resolve(t);
    if (this.closed) return Promise.resolve(null);
    return new Promise((resolve) => this.idle.push(resolve));
  }
}

async function laneSettings(tx: Tx): Promise<void> {
  await analysisSettings(tx);
  await tx.execute(sql`SET LOCAL max_parallel_workers_per_gather = 0`);
}

const SNAPSHOT_ID = /^[0-9A-F]+-[0-9A-F]+(-[0-9]+)?$/i;

/**
 * Runs read-only analysis on up to `width` connections at once, all seeing the same snapshot of the
 * database, with the planner settings of `withAnalysisSettings`. The first transaction exports its
 * snapshot and the others import it (as pg_dump does for parallel dumps), so independent queries
 * (one metric family's roster while another counts meetings) overlap without ever reading two
 * different states. The lanes are the parallelism: their statements run without parallel workers of
 * their own, which on two cores only fought the other lane for them (an evaluation of 10,000 branches
 * took 10–20 % longer with them). The embedded database has one connection: there the work runs one
 * piece at a time.
 */
export async function withParallelReads<T>(db: Db, fn: (read: Reader) => Promise<T>, width = 2): Promise<T> {
  const pooled = (db as { $client?: unknown }).$client instanceof pg.Pool;
  if (!pooled || width < 2) return withAnalysisSettings(db, (tx) => fn(serialReader(tx)));
  const readOnly = { isolationLevel: 'repeatable read', accessMode: 'read only' } as const;
  return db.transaction(async (leader) => {
    const snapshot = (await one<{ id: string }>(leader, sql`SELECT pg_export_snapshot() AS id`))!.id;
    if (!SNAPSHOT_ID.test(snapshot)) throw new Error(`unexpected snapshot id ${snapshot}`);
    await laneSettings(leader);
    const lanes = new Lanes();
    const others = Array.from({ length: width - 1 }, () =>
      db
        .transaction(async (tx) => {
          await tx.execute(sql.raw(`SET TRANSACTION SNAPSHOT '${snapshot}'`));
          await laneSettings(tx);
          await lanes.serve(tx);
        }, readOnly)
        // A lane that cannot start leaves its work to the others.
        .catch(() => undefined),
    );
    const own = lanes.serve(leader);
    try {
      return await fn(lanes.read);
    } finally {
      lanes.close();
      await Promise.all([own, ...others]);
    }
  }, readOnly);
}

/**
 * Refreshes the planner's statistics. The embedded database runs no autovacuum, so without this its
 * estimates stay those of an empty database and set-based queries over thousands of orgs get nested
 * loops (an evaluation of 500 branches took 25 s instead of 1.5 s).
 */
export async function refreshStatistics(db: Db): Promise<void> {
  await db.execute(sql`ANALYZE`);
}
