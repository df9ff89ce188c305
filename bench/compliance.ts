// Benchmark: the compliance matrix (branches × 12 months) for the whole enterprise, as the committee
// administrator at the root asks for it. Run against a database filled by `npm run gen` (which also
// generates a year of meetings and attendance):
//   DATABASE_URL=postgres://... npx tsx bench/compliance.ts [--year 2026] [--runs 5]
import os from 'node:os';
import { sql } from 'drizzle-orm';
import { computeCompliance, heldCounts } from '../apps/server/src/modules/orglife/index';
import { one, openDatabase } from '../apps/server/src/platform/db';
import { systemContext } from '../apps/server/src/platform/system-actor';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const url = process.env.DATABASE_URL;
  const database = await openDatabase(url ? { databaseUrl: url } : { dataDir: process.env.DATA_DIR ?? './data' });
  const db = database.db;
  const year = Number(arg('year', String(new Date().getFullYear())));
  const runs = Number(arg('runs', '5'));
  const root = await one<{ id: string; path: string; name: string }>(db, sql`SELECT id, path, name FROM org_node WHERE parent_id IS NULL`);
  if (!root) throw new Error('empty database: run npm run gen first');
  const ctx = systemContext(root, 'Asia/Shanghai');
  const stats = await one<{ branches: number; meetings: number; facts: number }>(
    db,
    sql`SELECT (SELECT count(*)::int FROM org_node WHERE type = 'branch') AS branches,
               (SELECT count(*)::int FROM meeting) AS meetings,
               (SELECT count(*)::int FROM fact) AS facts`,
  );
  const today = `${year}-12-31`;
  await computeCompliance(db, ctx, { year, type: 'branch' }, today); // warm-up
  const full: number[] = [];
  const aggregate: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    const r = await computeCompliance(db, ctx, { year, type: 'branch' }, today);
    full.push(performance.now() - t);
    rows = r.items.length;
    t = performance.now();
    await heldCounts(db, year, sql`o.type = 'branch'`);
    aggregate.push(performance.now() - t);
  }
  console.log(
    JSON.stringify(
      {
        engine: database.kind,
        machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
        ...stats,
        year,
        orgsInMatrix: rows,
        medianMs: Math.round(median(full)),
        allRunsMs: full.map(Math.round),
        aggregateQueryMedianMs: Math.round(median(aggregate)),
      },
      null,
      2,
    ),
  );
  await database.close();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
