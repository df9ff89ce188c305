// Adds a year of organisational life to a database that `npm run gen -- --no-meetings` filled:
//   DATABASE_URL=... npx tsx bench/gen-meetings.ts [--seed 1]
// (`npm run gen` does this itself unless --no-meetings.)
import { sql } from 'drizzle-orm';
import { todayIn } from '../apps/server/src/platform/clock';
import { one } from '../apps/server/src/platform/db';
import { intArg, parseArgs } from './lib/args';
import { generateMeetings } from './gen/meetings';
import { openTarget } from './gen/target';

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const seed = intArg(args, 'seed', 1);
  const today = todayIn(process.env.ZHIBU_TIMEZONE || 'Asia/Shanghai');
  const target = await openTarget();
  try {
    const { db } = target.database;
    if ((await one<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM meeting`))!.n > 0) {
      throw new Error(`${target.describe} already has meetings`);
    }
    const t = performance.now();
    const m = await generateMeetings(db, { year: Number(today.slice(0, 4)), today, seed, log: (msg) => process.stdout.write(`\r${msg}`) });
    console.log(`\n${m.meetings} meetings, ${m.attendance} attendances, ${m.facts} facts in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  } finally {
    await target.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
