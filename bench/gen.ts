// Scale-data generator: `npm run gen -- --branches 10000 [--seed N] [--people-per-branch 30] [--no-meetings] [--force]`.
// Fills the database the server would use (DATABASE_URL, else the embedded one under DATA_DIR) with a
// synthetic enterprise that is the same for the same arguments: one root 党委 with the four
// administrator accounts (passwords in DATA_DIR/initial-passwords.txt), one 党总支 per 20 branches,
// the branches with 2–3 Party groups each, ~people-per-branch people per branch (plausible names,
// valid unique ID numbers, consistent dates), committee terms with posts, and a year of organisational
// life (meetings up to today, attendance, facts) unless --no-meetings. The tree goes through
// the orgs module's use cases; people through the roster import's bulk writer. Each 党总支 is one
// transaction. Refuses a database that already holds data unless --force (which empties it first).
import { sql } from 'drizzle-orm';
import { saveTerm } from '../apps/server/src/modules/orgs/index';
import { addMonths, addYears, todayIn } from '../apps/server/src/platform/clock';
import { auditActor } from '../apps/server/src/platform/context';
import { one, refreshStatistics } from '../apps/server/src/platform/db';
import { checkDemoMode, markSeeded } from '../apps/server/src/platform/installation';
import { Rng } from '../apps/server/src/seed/random';
import { intArg, parseArgs } from './lib/args';
import { PeopleFactory } from './lib/synthetic-people';
import { buildGeneralBranch, buildRoot } from './gen/org-tree';
import { fullMembersOf, writeBranchPeople, type MemberRow } from './gen/people';
import { isEmpty, openTarget, wipe } from './gen/target';
import { saveTerms } from './gen/terms';
import { generateMeetings } from './gen/meetings';

const BRANCHES_PER_GENERAL = 20;

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const branches = intArg(args, 'branches');
  const seed = intArg(args, 'seed', 1);
  const perBranch = intArg(args, 'people-per-branch', 30);
  if (branches < 1) throw new Error('--branches must be at least 1');
  const timeZone = process.env.ZHIBU_TIMEZONE || 'Asia/Shanghai';
  const today = todayIn(timeZone);

  const target = await openTarget();
  try {
    const { db } = target.database;
    if (!(await isEmpty(target))) {
      if (!args.has('force')) {
        throw new Error(`${target.describe} already holds data; run with --force to empty it first.`);
      }
      await wipe(target);
    }
    console.log(`Generating ${branches} branches (seed ${seed}, ~${perBranch} people per branch) into ${target.describe}`);
    const t0 = performance.now();
    const ms = { tree: 0, people: 0, audit: 0, terms: 0 };
    const rng = new Rng(seed);
    const factory = new PeopleFactory(new Rng(seed * 7919 + 1), today);
    await checkDemoMode(db, false);
    const root = await buildRoot(db, { dataDir: target.dataDir, timeZone });
    const { ctx } = root;
    const rootId = ctx.actor.assignments[0]!.orgNodeId;
    const who = { ...auditActor(ctx), name: '规模测试数据' };

    let people = 0;
    let terms = 0;
    let rootCommittee: MemberRow[] = [];
    const generals = Math.ceil(branches / BRANCHES_PER_GENERAL);
    for (let g = 1; g <= generals; g++) {
      const firstBranch = (g - 1) * BRANCHES_PER_GENERAL + 1;
      const count = Math.min(BRANCHES_PER_GENERAL, branches - firstBranch + 1);
      await db.transaction(async (tx) => {
        let t = performance.now();
        const general = await buildGeneralBranch(tx, ctx, rng, {
          index: g,
          firstBranch,
          branches: count,
          companyUnitId: root.companyUnitId,
          rootId,
        });
        ms.tree += performance.now() - t;
        t = performance.now();
        const stats = await writeBranchPeople(tx, who, rng, factory, general.branches, { perBranch, today });
        people += stats.people;
        ms.people += performance.now() - t - stats.auditMs;
        ms.audit += stats.auditMs;
        t = performance.now();
        const members = await fullMembersOf(tx, general.branches.map((b) => b.id));
        terms += await saveTerms(tx, ctx, rng, general, members, today);
        if (g === 1) rootCommittee = members.slice(-5);
        ms.terms += performance.now() - t;
      });
      if (g % 25 === 0 || g === generals) {
        const s = ((performance.now() - t0) / 1000).toFixed(0);
        console.log(`  ${Math.min(g * BRANCHES_PER_GENERAL, branches)} branches, ${people} people, ${s} s`);
      }
    }
    // The root committee's office holders sit in the first 党总支's branches.
    if (rootCommittee.length === 5) {
      const startsOn = addMonths(today, -18);
      const posts = (['secretary', 'deputy_secretary', 'organization', 'propaganda', 'discipline'] as const).map((post, i) => ({
        personId: rootCommittee[i]!.id,
        post,
      }));
      await db.transaction((tx) =>
        saveTerm(tx, ctx, rootId, { startsOn, endsOn: addYears(startsOn, 5), electedOn: startsOn, note: '党员大会选举产生', posts }),
      );
      terms++;
    }
    if (!args.has('no-meetings')) {
      const t = performance.now();
      const year = Number(today.slice(0, 4));
      const m = await generateMeetings(db, { year, today, seed, log: (msg) => process.stdout.write(`\r  ${msg}`) });
      console.log(`\n  ${m.meetings} meetings, ${m.attendance} attendances, ${m.facts} facts in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    await markSeeded(db);
    await refreshStatistics(db);
    const counts = await one<{ orgs: number; people: number; audit: number }>(
      db,
      sql`SELECT (SELECT count(*) FROM org_node)::int AS orgs, (SELECT count(*) FROM person)::int AS people,
                 (SELECT count(*) FROM audit_event)::int AS audit`,
    );
    const total = (performance.now() - t0) / 1000;
    const sec = (v: number) => `${(v / 1000).toFixed(1)} s`;
    console.log(
      `Done in ${total.toFixed(1)} s: ${counts?.orgs} org nodes, ${counts?.people} people, ${terms} committee terms, ` +
        `${counts?.audit} audit entries.\n  tree ${sec(ms.tree)}, people ${sec(ms.people)} + audit ${sec(ms.audit)}, terms ${sec(ms.terms)}`,
    );
    if (root.passwordsFile) console.log(`Administrator passwords: ${root.passwordsFile}`);
  } finally {
    await target.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
