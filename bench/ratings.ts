// Benchmark: a full evaluation of a 53-criterion star scheme for every branch, beside the floor (one
// scan of the same records by a single aggregate query) and the per-branch-per-criterion approach it
// replaces, and the publication that keeps the records that counted. Run against a database filled by `npm run gen` (a year of meetings included):
//   DATABASE_URL=postgres://... npx tsx bench/ratings.ts [--year 2026] [--runs 5] [--sample 50]
//   DATA_DIR=./data-500 npx tsx bench/ratings.ts        (embedded database)
import os from 'node:os';
import { sql } from 'drizzle-orm';
import { buildMetricRegistry } from '../apps/server/src/metric-registry';
import { createScheme, evaluateRound, openRound, publishRound, publishVersion } from '../apps/server/src/modules/ratings/index';
import { one, openDatabase, rows, withAnalysisSettings, type Db } from '../apps/server/src/platform/db';
import { migrate } from '../apps/server/src/platform/migrate';
import { metricInstanceKey } from '../apps/server/src/platform/metrics';
import { systemContext } from '../apps/server/src/platform/system-actor';
import { criteriaOf, type SchemeDefinition } from '@zhibu/shared';
import { BUILTIN_TEMPLATES } from '../apps/server/src/modules/ratings/index';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * The floor: every record the evaluation reads, scanned once and counted per branch in one statement
 * (facts of the year, attendance of the year's meetings, memberships, committee posts and terms,
 * talks, appraisal entries).
 */
async function floorScan(db: Db, from: string, to: string): Promise<number> {
  // The same planner settings the evaluation reads under, so the two are compared like for like.
  const r = await withAnalysisSettings(db, (tx) => one<{ n: number }>(
    tx,
    sql`SELECT count(*)::int AS n FROM (
          SELECT x.org, sum(x.n) AS n FROM (
            SELECT f.org_node_id AS org, count(*) AS n FROM fact f WHERE f.on_date >= ${from} AND f.on_date < ${to} GROUP BY 1
            UNION ALL
            SELECT m.org_node_id, count(*) FROM meeting m JOIN meeting_attendance a ON a.meeting_id = m.id
              WHERE m.held_on >= ${from} AND m.held_on < ${to} GROUP BY 1
            UNION ALL
            SELECT mp.org_node_id, count(*) FROM membership_period mp WHERE mp.valid_from < ${to} GROUP BY 1
            UNION ALL
            SELECT cp.org_node_id, count(*) FROM committee_post cp GROUP BY 1
            UNION ALL
            SELECT t.org_node_id, count(*) FROM committee_term t GROUP BY 1
            UNION ALL
            SELECT t.org_node_id, count(*) FROM talk t WHERE t.talked_on >= ${from} AND t.talked_on < ${to} GROUP BY 1
            UNION ALL
            SELECT r.org_node_id, count(*) FROM appraisal_round r JOIN appraisal_entry e ON e.round_id = r.id WHERE r.year = ${Number(from.slice(0, 4))} GROUP BY 1
          ) x JOIN org_node o ON o.id = x.org WHERE o.type = 'branch' GROUP BY x.org
        ) per_branch`,
  ));
  return r?.n ?? 0;
}

async function main() {
  const url = process.env.DATABASE_URL;
  const database = await openDatabase(url ? { databaseUrl: url } : { dataDir: process.env.DATA_DIR ?? './data' });
  const db = database.db;
  await migrate(db);
  const year = Number(arg('year', String(new Date().getFullYear())));
  const runs = Number(arg('runs', '5'));
  const sample = Number(arg('sample', '50'));
  const root = await one<{ id: string; path: string; name: string }>(db, sql`SELECT id, path, name FROM org_node WHERE parent_id IS NULL`);
  if (!root) throw new Error('empty database: run npm run gen first');
  const ctx = systemContext(root, 'Asia/Shanghai');
  const metrics = buildMetricRegistry();
  const template = BUILTIN_TEMPLATES.find((t) => t.key === 'star-six-norms')!;
  const code = `BENCH-${Date.now().toString(36)}`;
  const roundId = await db.transaction(async (tx) => {
    const s = await createScheme(tx, ctx, metrics, { scopeOrgId: root.id, templateKey: template.key, code });
    await publishVersion(tx, ctx, metrics, { schemeId: s.id, version: 1 });
    return (await openRound(tx, ctx, { schemeId: s.id, version: 1, year })).id;
  });
  const def: SchemeDefinition = template.catalogue.definition;
  const stats = await one<{ branches: number; people: number; meetings: number; attendance: number; facts: number }>(
    db,
    sql`SELECT (SELECT count(*)::int FROM org_node WHERE type = 'branch') AS branches, (SELECT count(*)::int FROM person) AS people,
               (SELECT count(*)::int FROM meeting) AS meetings, (SELECT count(*)::int FROM meeting_attendance) AS attendance,
               (SELECT count(*)::int FROM fact) AS facts`,
  );
  const from = `${year}-01-01`;
  const to = `${year + 1}-01-01`;

  await evaluateRound(db, metrics, roundId, () => undefined, null); // warm-up
  await floorScan(db, from, to);
  const full: number[] = [];
  const floor: number[] = [];
  let orgs = 0;
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    orgs = (await evaluateRound(db, metrics, roundId, () => undefined, null)).orgs;
    full.push(performance.now() - t);
    t = performance.now();
    await floorScan(db, from, to);
    floor.push(performance.now() - t);
  }

  // Publishing lists the records that counted once more and keeps them with every result.
  const t0 = performance.now();
  await db.transaction((tx) => publishRound(tx, ctx, metrics, roundId));
  const publishMs = performance.now() - t0;

  // For contrast: what a loop of one query per branch per metric criterion costs, on a sample.
  const ids = (await rows<{ id: string }>(db, sql`SELECT id FROM org_node WHERE type = 'branch' ORDER BY path LIMIT ${sample}`)).map((r) => r.id);
  const metricCriteria = criteriaOf(def).filter((c) => c.metric);
  const t = performance.now();
  for (const id of ids) {
    for (const c of metricCriteria) {
      const instance = { key: c.metric!.key, params: c.metric!.params ?? {} };
      const r = await metrics.compute(db, { orgWhere: sql`o.id = ${id}`, from, to }, [instance]);
      r.get(metricInstanceKey(instance.key, instance.params));
    }
  }
  const perBranchMs = (performance.now() - t) / Math.max(ids.length, 1);
  const medianFull = median(full);
  const medianFloor = median(floor);
  console.log(
    JSON.stringify(
      {
        engine: database.kind,
        machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
        ...stats,
        year,
        scheme: `${template.zh}: ${criteriaOf(def).length} criteria, ${metricCriteria.length} automatic`,
        orgsEvaluated: orgs,
        evaluationMedianMs: Math.round(medianFull),
        evaluationRunsMs: full.map(Math.round),
        floorMedianMs: Math.round(medianFloor),
        floorRunsMs: floor.map(Math.round),
        ratioToFloor: Number((medianFull / medianFloor).toFixed(2)),
        publishMs: Math.round(publishMs),
        perBranchPerCriterion: {
          sampleBranches: ids.length,
          msPerBranch: Math.round(perBranchMs),
          extrapolatedMsForAll: Math.round(perBranchMs * (stats?.branches ?? 0)),
        },
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
