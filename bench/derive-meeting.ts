// Benchmark: what saving a sitting costs in derived data at scale — re-deriving one sitting's facts
// (delete and insert them, the members' activity of the people and years it touches, its attendance
// counts), as every save of a sitting, its attendance or its status does. Each sitting is re-derived
// in a transaction that is rolled back, so the database is left as it was. Run against a database
// filled by `npm run gen`:
//   DATABASE_URL=postgres://... npx tsx bench/derive-meeting.ts [--year 2026] [--sittings 60]
import os from 'node:os';
import { sql } from 'drizzle-orm';
import { deriveFactsWhere } from '../apps/server/src/modules/orglife/index';
import { activityTouched, refreshMemberActivity } from '../apps/server/src/modules/orglife/member-activity';
import { one, openDatabase, rows } from '../apps/server/src/platform/db';
import { intArg, parseArgs } from './lib/args';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const COUNTING = sql`m.status IN ('held', 'recorded', 'reviewed') AND m.held_on IS NOT NULL`;

/** Thrown to roll a measured transaction back. */
class Rollback extends Error {}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const year = intArg(args, 'year', new Date().getFullYear());
  const count = intArg(args, 'sittings', 60);
  const url = process.env.DATABASE_URL;
  const database = await openDatabase(url ? { databaseUrl: url } : { dataDir: process.env.DATA_DIR ?? './data' });
  const db = database.db;
  const facts = await one<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM fact`);
  // A fixed sample of the year's held sittings, the same on every run.
  const sittings = await rows<{ id: string }>(
    db,
    sql`SELECT m.id FROM meeting m WHERE ${COUNTING} AND m.held_on >= make_date(${year}, 1, 1) AND m.held_on < make_date(${year + 1}, 1, 1)
        ORDER BY md5(m.id::text) LIMIT ${count}`,
  );
  if (sittings.length === 0) throw new Error(`no sittings held in ${year}: run npm run gen first`);
  const whole: number[] = [];
  const activity: number[] = [];
  for (const m of sittings) {
    await db
      .transaction(async (tx) => {
        let t = performance.now();
        await deriveFactsWhere(tx, sql`m.id = ${m.id}`, false);
        whole.push(performance.now() - t);
        // The activity's part, once more on its own.
        t = performance.now();
        await refreshMemberActivity(tx, await activityTouched(tx, sql`m.id = ${m.id}`, COUNTING));
        activity.push(performance.now() - t);
        throw new Rollback();
      })
      .catch((e: unknown) => {
        if (!(e instanceof Rollback)) throw e;
      });
  }
  // The first few warm the caches and the plans.
  const warm = Math.min(10, Math.floor(sittings.length / 2));
  console.log(
    JSON.stringify(
      {
        engine: database.kind,
        machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
        facts: facts?.n ?? 0,
        sittings: sittings.length,
        rederiveMedianMs: Number(median(whole.slice(warm)).toFixed(1)),
        activityMedianMs: Number(median(activity.slice(warm)).toFixed(1)),
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
