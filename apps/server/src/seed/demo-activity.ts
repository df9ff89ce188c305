import { pointsFromFacts } from '../modules/points/index';
import { todayIn } from '../platform/clock';
import type { RequestContext } from '../platform/context';
import { refreshStatistics, type Db, type Executor } from '../platform/db';
import { onFactsChanged } from '../platform/fact-events';
import type { Storage } from '../platform/storage';
import { loadCast, type DemoBranch, type DemoCast } from './demo-cast';
import type { DemoSummary } from './demo';
import { seedEvaluationRound, type EvaluationCounts } from './demo-evaluation';
import { demoGaps, seedBranchMeetings } from './demo-meetings';
import { publishPointRules, seedBranchAwards, seedMemberClaims } from './demo-points';
import { assessedBranches, evaluateRatingRound, openRatingRound, seedAssessment } from './demo-ratings';
import { seedTalent, type TalentCounts } from './demo-talent';
import { Rng } from './random';

// A year of activity for the demo enterprise, up to today, so that every page has something to show:
// meetings with attendance (and the points they award), branch awards and claims, an open
// post-performance evaluation, talent records and an evaluated star rating. Everything goes through the
// modules' public use cases, as a user's clicks would; each branch's meetings are one transaction.
// Separate from seedDemo on purpose: the API and browser tests count on the demo without activity.

export type DemoActivity = {
  meetings: number;
  attendance: number;
  awards: number;
  claims: number;
  evaluation: EvaluationCounts;
  talent: TalentCounts;
  assessments: number;
  ratedOrgs: number;
};

export async function seedDemoActivity(
  db: Db,
  timeZone: string,
  demo: Pick<DemoSummary, 'rootId'>,
  opts: { storage: Storage; log?: (msg: string) => void; seed?: number },
): Promise<DemoActivity> {
  const log = opts.log ?? (() => undefined);
  const seed = opts.seed ?? 20261122;
  // The app registers the points listener when it is built; seeding runs before that, so register it
  // here (the same key, so building the app later replaces it with the same function).
  onFactsChanged('points', pointsFromFacts);
  // The embedded database keeps no statistics by itself: without them the many small lookups of the
  // use cases below are planned as if the tables were empty.
  await refreshStatistics(db);
  const cast = await loadCast(db, timeZone, demo.rootId, todayIn(timeZone));
  const secretary = await cast.accountContext('secretary');
  const member = await cast.accountContext('member');
  const writers = await branchWriters(cast, ['secretary', 'other']);
  const zs01 = cast.branches.find((b) => b.secretaryId === cast.demoSecretaryId)!;

  // Points first: meetings award them as they are recorded.
  await db.transaction((tx) => publishPointRules(tx, cast));
  const { meetings, attendance } = await seedMeetings(db, cast, writers, seed, log);

  const rng = new Rng(seed - 1);
  const { awards, claims } = await db.transaction((tx) => seedPointRecords(tx, cast, writers, member, opts.storage, rng));
  const evaluation = await db.transaction((tx) => seedEvaluationRound(tx, cast, zs01, rng));
  const talent = await db.transaction((tx) => seedTalent(tx, cast, zs01, secretary));
  log(
    `  points: ${awards} branch records, ${claims} claims to review; evaluation: ${evaluation.submitted} of ` +
      `${evaluation.sheets} sheets; talent: ${talent.credentials} credentials`,
  );

  const { assessments, ratedOrgs } = await seedRatings(db, cast, zs01, rng);
  return { meetings, attendance, awards, claims, evaluation, talent, assessments, ratedOrgs };
}

/** Each branch's meetings in a transaction of its own; a progress line after each general branch. */
async function seedMeetings(db: Db, cast: DemoCast, writers: Map<string, RequestContext>, seed: number, log: (msg: string) => void) {
  const started = performance.now();
  const gaps = demoGaps(cast.today);
  let meetings = 0;
  let attendance = 0;
  for (const [i, branch] of cast.branches.entries()) {
    const actors = { writer: writers.get(branch.id) ?? cast.ctx, reviewer: cast.ctx };
    const c = await db.transaction((tx) => seedBranchMeetings(tx, cast, branch, new Rng(seed + i), actors, gaps[branch.code]));
    meetings += c.meetings;
    attendance += c.attendance;
    const next = cast.branches[i + 1];
    if (!next || next.path.split('/')[2] !== branch.path.split('/')[2]) {
      // The tables grow from nothing here: fresh statistics keep the lookups on their indexes.
      await refreshStatistics(db);
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      log(`  meetings: ${i + 1}/${cast.branches.length} branches, ${meetings} meetings (${seconds} s)`);
    }
  }
  return { meetings, attendance };
}

/** Awards by the branches whose secretary has a demo account (one deduction in the demo branch), and the member's claims. */
async function seedPointRecords(ex: Executor, cast: DemoCast, writers: Map<string, RequestContext>, member: RequestContext, storage: Storage, rng: Rng) {
  let awards = 0;
  for (const [branchId, writer] of writers) {
    const branch = cast.branches.find((b) => b.id === branchId)!;
    const demoBranch = branch.secretaryId === cast.demoSecretaryId;
    const plan = demoBranch ? { awards: 3, deduction: true, include: cast.demoMemberId } : { awards: 2, deduction: false };
    awards += await seedBranchAwards(ex, writer, cast, branch, rng, plan);
  }
  return { awards, claims: await seedMemberClaims(ex, member, storage, cast.today, rng) };
}

/** The star scheme and its round; five branches' self-assessments reviewed, the demo branch's a draft; then evaluated. */
async function seedRatings(db: Db, cast: DemoCast, demoBranch: DemoBranch, rng: Rng) {
  const { roundId } = await db.transaction((tx) => openRatingRound(tx, cast));
  const assessed = assessedBranches(cast.branches);
  for (const branch of assessed) await db.transaction((tx) => seedAssessment(tx, cast, roundId, branch, rng, true));
  await db.transaction((tx) => seedAssessment(tx, cast, roundId, demoBranch, rng, false));
  return { assessments: assessed.length, ratedOrgs: await evaluateRatingRound(db, cast, roundId) };
}

/** Branches whose secretary has a demo account: that account records their meetings and awards. */
async function branchWriters(cast: DemoCast, usernames: string[]): Promise<Map<string, RequestContext>> {
  const out = new Map<string, RequestContext>();
  for (const u of usernames) {
    const ctx = await cast.accountContext(u);
    const branch = ctx.actor.assignments.find((a) => a.role === 'secretary');
    if (branch) out.set(branch.orgNodeId, ctx);
  }
  return out;
}
