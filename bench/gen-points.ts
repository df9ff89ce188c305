// Adds a year of members' points to a database that `npm run gen` filled (meetings included):
//   DATABASE_URL=... npx tsx bench/gen-points.ts [--seed 1] [--force]
// Puts the 先锋指数 rule set in force at the root for this year, books the automatic entries the year's
// meetings earn (attending 三会一课, giving the Party lesson) set-based, adds synthetic approved claims
// and branch deductions, and derives every member's balances (year, quarters, months) in batches with
// the same rule functions the server uses. --force first removes the points of an earlier run.
import { pointItemOf } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { BALANCE_PERIODS, balanceRows, createRuleSet, getRuleSetRow, publishRuleSet, writeBalanceRows } from '../apps/server/src/modules/points/index';
import { todayIn } from '../apps/server/src/platform/clock';
import { one, refreshStatistics, rows } from '../apps/server/src/platform/db';
import { inUuids } from '../apps/server/src/platform/sql-helpers';
import { systemContext } from '../apps/server/src/platform/system-actor';
import { Rng } from '../apps/server/src/seed/random';
import { intArg, parseArgs } from './lib/args';
import { openTarget } from './gen/target';

const BATCH = 2000;
const PARTICIPANTS = sql`('full', 'probationary', 'activist', 'development')`;

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const seed = intArg(args, 'seed', 1);
  const timeZone = process.env.ZHIBU_TIMEZONE || 'Asia/Shanghai';
  const today = todayIn(timeZone);
  const year = Number(today.slice(0, 4));
  const target = await openTarget();
  try {
    const { db } = target.database;
    const root = await one<{ id: string; path: string; name: string }>(db, sql`SELECT id, path, name FROM org_node WHERE parent_id IS NULL`);
    if (!root) throw new Error('empty database: run npm run gen first');
    if ((await one<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM point_rule_set`))!.n > 0) {
      if (!args.has('force')) throw new Error(`${target.describe} already has points; run with --force to replace them`);
      for (const table of ['point_balance', 'point_appeal', 'point_entry', 'point_rule_set']) await db.execute(sql.raw(`DELETE FROM ${table}`));
    }
    const t0 = performance.now();
    const ctx = systemContext(root, timeZone);
    const { id: ruleSetId } = await db.transaction((tx) => createRuleSet(tx, ctx, { scopeOrgId: root.id, year, templateKey: 'pioneer-index' }));
    await db.transaction((tx) => publishRuleSet(tx, ctx, ruleSetId));
    const ruleSet = (await getRuleSetRow(db, ruleSetId))!;
    const def = ruleSet.definition;
    const p1 = pointItemOf(def, 'P1')!;
    const p6 = pointItemOf(def, 'P6')!;
    const p3 = pointItemOf(def, 'P3')!;
    const m3 = pointItemOf(def, 'M3')!;
    const from = `${year}-01-01`;
    const to = `${year + 1}-01-01`;
    const types = sql.raw(`ARRAY[${(p1.source!.meetingTypes ?? []).map((t) => `'${t}'`).join(', ')}]::text[]`);

    // What the meetings earn, as the points-from-facts listener would book it, one statement per item.
    await db.execute(sql`INSERT INTO point_entry (id, rule_set_id, person_id, org_node_id, item_code, points, units, occurred_on, origin,
        source_type, source_id, idempotency_key, status)
      SELECT gen_random_uuid(), ${ruleSetId}, f.person_id, p.org_node_id, 'P1', ${p1.points}, 1, f.on_date, 'automatic',
             'meeting', f.source_id, 'meeting:' || f.source_id || ':' || f.person_id || ':P1', 'approved'
      FROM fact f JOIN person p ON p.id = f.person_id
      WHERE f.kind = 'attended' AND f.on_date >= ${from} AND f.on_date < ${to} AND p.party_status IN ${PARTICIPANTS}
        AND EXISTS (SELECT 1 FROM fact h WHERE h.source_id = f.source_id AND h.kind = ANY (SELECT 'meeting_held.' || t FROM unnest(${types}) t))`);
    await db.execute(sql`INSERT INTO point_entry (id, rule_set_id, person_id, org_node_id, item_code, points, units, occurred_on, origin,
        source_type, source_id, idempotency_key, status)
      SELECT gen_random_uuid(), ${ruleSetId}, f.person_id, p.org_node_id, 'P6', ${p6.points}, 1, f.on_date, 'automatic',
             'meeting', f.source_id, 'meeting:' || f.source_id || ':' || f.person_id || ':P6', 'approved'
      FROM fact f JOIN person p ON p.id = f.person_id
      WHERE f.kind = 'lesson_given' AND f.on_date >= ${from} AND f.on_date < ${to} AND p.party_status IN ${PARTICIPANTS}`);
    const automatic = (await one<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM point_entry`))!.n;

    // Claims and branch records: a third of the members claim 1–3 承诺事项 (approved), one in fifty has a
    // deduction. Dates up to today.
    const rng = new Rng(seed * 104_729 + 7);
    const people = await rows<{ id: string; orgNodeId: string }>(
      db,
      sql`SELECT id, org_node_id AS "orgNodeId" FROM person WHERE party_status IN ${PARTICIPANTS} ORDER BY id`,
    );
    const lastDay = today < `${year}-12-31` ? today : `${year}-12-31`;
    const days = Math.max(1, Math.round((Date.parse(lastDay) - Date.parse(from)) / 86_400_000));
    const dayOf = () => new Date(Date.parse(from) + rng.int(0, days - 1) * 86_400_000).toISOString().slice(0, 10);
    const manual: unknown[] = [];
    for (const p of people) {
      if (rng.next() < 1 / 3) {
        for (let i = rng.int(1, 3); i > 0; i--) manual.push({ p: p.id, o: p.orgNodeId, c: 'P3', pts: p3.points, d: dayOf(), origin: 'claim' });
      }
      if (rng.next() < 1 / 50) manual.push({ p: p.id, o: p.orgNodeId, c: 'M3', pts: -m3.points, d: dayOf(), origin: 'branch' });
    }
    for (let i = 0; i < manual.length; i += 20_000) {
      await db.execute(sql`INSERT INTO point_entry (id, rule_set_id, person_id, org_node_id, item_code, points, units, occurred_on, origin,
          source_type, source_id, idempotency_key, status, note)
        SELECT x.id, ${ruleSetId}, x.p, x.o, x.c, x.pts, 1, x.d, x.origin, x.origin, x.id,
               x.origin || ':' || x.id || ':' || x.p || ':' || x.c, 'approved', '规模测试数据'
        FROM (SELECT gen_random_uuid() AS id, * FROM json_to_recordset(${JSON.stringify(manual.slice(i, i + 20_000))}::json)
              AS r(p uuid, o uuid, c text, pts numeric, d date, origin text)) x`);
    }
    const tEntries = performance.now();

    // Every member's balances, derived in batches by the server's own rule functions.
    for (let i = 0; i < people.length; i += BATCH) {
      const batch = people.slice(i, i + BATCH);
      const entries = await rows<{ id: string; personId: string; ruleCode: string; points: number; units: number; occurredOn: string; status: 'approved' }>(
        db,
        sql`SELECT id, person_id AS "personId", item_code AS "ruleCode", points::float8 AS points, units::float8 AS units,
                   occurred_on AS "occurredOn", status FROM point_entry WHERE rule_set_id = ${ruleSetId} AND ${inUuids(sql`person_id`, batch.map((p) => p.id))}`,
      );
      const list = balanceRows(ruleSet, batch.map((p) => ({ personId: p.id, orgNodeId: p.orgNodeId })), entries);
      await db.transaction((tx) => writeBalanceRows(tx, ruleSetId, list));
      process.stdout.write(`\rbalances ${Math.min(i + BATCH, people.length)}/${people.length}`);
    }
    await refreshStatistics(db);
    const total = (await one<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM point_entry`))!.n;
    console.log(
      `\n${total} entries (${automatic} automatic, ${manual.length} claims and branch records) in ${((tEntries - t0) / 1000).toFixed(1)} s; ` +
        `${people.length} members × ${BALANCE_PERIODS.length} periods of balances in ${((performance.now() - tEntries) / 1000).toFixed(1)} s`,
    );
  } finally {
    await target.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
