// Benchmark: members' points balances and period totals at scale, read the way the API reads them.
// Run against a database filled by `npm run gen` and `bench/gen-points.ts`:
//   DATABASE_URL=postgres://... npx tsx bench/points.ts [--runs 7]
// Measures, for every member under the root: the year's balances in name order (the member list
// without paging, as an export reads it; and its first and last pages of 50 as the list page reads
// them), the branch-level totals for the year and for a quarter, one
// member's balances refreshed after a write; and for contrast one scan of the ledger summed per person
// (what reading without the stored balances would cost at least, caps ignored).
import os from 'node:os';
import { sql } from 'drizzle-orm';
import { branchAggregates, findBalances } from '../apps/server/src/modules/points/index';
import { refreshBalances } from '../apps/server/src/modules/points/refresh-balances';
import { ruleSetInForce } from '../apps/server/src/modules/points/rule-sets.repository';
import { todayIn } from '../apps/server/src/platform/clock';
import { one, openDatabase, type Db } from '../apps/server/src/platform/db';
import { migrate } from '../apps/server/src/platform/migrate';
import { systemContext } from '../apps/server/src/platform/system-actor';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timed(runs: number, fn: () => Promise<unknown>): Promise<{ medianMs: number; runsMs: number[] }> {
  await fn(); // warm-up
  const list: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    list.push(performance.now() - t);
  }
  return { medianMs: Math.round(median(list)), runsMs: list.map(Math.round) };
}

async function main() {
  const url = process.env.DATABASE_URL;
  const database = await openDatabase(url ? { databaseUrl: url } : { dataDir: process.env.DATA_DIR ?? './data' });
  const db: Db = database.db;
  await migrate(db);
  const runs = Number(arg('runs', '7'));
  const root = await one<{ id: string; path: string; name: string }>(db, sql`SELECT id, path, name FROM org_node WHERE parent_id IS NULL`);
  if (!root) throw new Error('empty database: run npm run gen first');
  const timeZone = 'Asia/Shanghai';
  const ctx = systemContext(root, timeZone);
  const year = Number(todayIn(timeZone).slice(0, 4));
  const ruleSet = await ruleSetInForce(db, root.path, year);
  if (!ruleSet) throw new Error('no points: run bench/gen-points.ts first');
  const stats = (await one<{ members: number; entries: number; balances: number; branches: number }>(
    db,
    sql`SELECT (SELECT count(*)::int FROM person WHERE party_status IN ('full', 'probationary', 'activist', 'development')) AS members,
               (SELECT count(*)::int FROM point_entry) AS entries, (SELECT count(*)::int FROM point_balance) AS balances,
               (SELECT count(*)::int FROM org_node WHERE type = 'branch') AS branches`,
  ))!;

  let listed = 0;
  const balances = await timed(runs, async () => {
    listed = (await findBalances(db, ctx, { orgId: root.id, year, period: { kind: 'year' }, page: 1, pageSize: stats.members })).items.length;
  });
  const firstPage = await timed(runs, () => findBalances(db, ctx, { orgId: root.id, year, period: { kind: 'year' }, page: 1, pageSize: 50 }));
  const lastPage = await timed(runs, () =>
    findBalances(db, ctx, { orgId: root.id, year, period: { kind: 'quarter', quarter: 3 }, page: Math.floor(stats.members / 50), pageSize: 50 }),
  );
  let branchRows = 0;
  const yearTotals = await timed(runs, async () => {
    branchRows = (await branchAggregates(db, ctx, { orgId: root.id, year, period: { kind: 'year' } })).items.length;
  });
  const quarterTotals = await timed(runs, () => branchAggregates(db, ctx, { orgId: root.id, year, period: { kind: 'quarter', quarter: 2 } }));
  const ledgerScan = await timed(runs, () =>
    db.execute(sql`SELECT count(*) FROM (SELECT person_id, sum(points) FROM point_entry WHERE rule_set_id = ${ruleSet.id} GROUP BY person_id) x`),
  );
  const someone = (await one<{ id: string }>(db, sql`SELECT person_id AS id FROM point_entry GROUP BY person_id ORDER BY count(*) DESC LIMIT 1`))!.id;
  const refresh = await timed(runs, () => db.transaction((tx) => refreshBalances(tx, ruleSet, [someone])));

  console.log(
    JSON.stringify(
      {
        engine: database.kind,
        machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
        ...stats,
        year,
        ruleSet: `${ruleSet.name} v${ruleSet.version}`,
        yearBalancesAllMembers: { rows: listed, ...balances },
        memberListFirstPage: firstPage,
        memberListLastPageQuarter: lastPage,
        branchTotalsYear: { rows: branchRows, ...yearTotals },
        branchTotalsQuarter: quarterTotals,
        ledgerScanSummedPerPerson: ledgerScan,
        refreshOneMemberAfterWrite: refresh,
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
