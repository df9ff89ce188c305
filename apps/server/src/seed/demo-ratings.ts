import { criteriaOf } from '@zhibu/shared';
import { buildMetricRegistry } from '../metric-registry';
import {
  BUILTIN_TEMPLATES,
  completeReview,
  createScheme,
  evaluateRound,
  openRound,
  publishVersion,
  reviewAnswer,
  saveAnswer,
  submitAssessment,
} from '../modules/ratings/index';
import type { Db, Executor } from '../platform/db';
import type { DemoBranch, DemoCast } from './demo-cast';
import type { Rng } from './random';

// 考评定级 of the demo: the committee publishes the 星级管理（六个标准规范）scheme modelled on 重庆中烟's
// standard and opens this year's round. Five branches have submitted their self-assessment and had it
// reviewed — among them ZS-02 and JB-03, whose missed meetings then explain a lower star than their
// evidence alone would earn; the demo branch has a draft half done. The round is evaluated once (what
// the evaluation job runs), so results, gaps to the next star and the branch table have something to show.

export const DEMO_SCHEME_TEMPLATE = 'star-six-norms';
/** Branches whose self-assessment is submitted and reviewed. */
const ASSESSED = ['JB-01', 'JG-02', 'NY-01', 'ZS-02', 'JB-03'];

const definition = BUILTIN_TEMPLATES.find((t) => t.key === DEMO_SCHEME_TEMPLATE)!.catalogue.definition;
const EVIDENCE = criteriaOf(definition).filter((c) => c.kind === 'evidence');

const selfNote = (title: string) => `${title}：已按要求落实，相关制度文件、工作台账和活动图片已归档，可现场查阅。`;

export type RatingSetup = { schemeId: string; roundId: string };

/** The published scheme and this year's open round, at the root. */
export async function openRatingRound(ex: Executor, cast: DemoCast): Promise<RatingSetup> {
  const metrics = buildMetricRegistry();
  const scheme = await createScheme(ex, cast.ctx, metrics, { scopeOrgId: cast.root.id, templateKey: DEMO_SCHEME_TEMPLATE });
  await publishVersion(ex, cast.ctx, metrics, { schemeId: scheme.id, version: scheme.version });
  const round = await openRound(ex, cast.ctx, { schemeId: scheme.id, version: scheme.version, year: cast.year });
  return { schemeId: scheme.id, roundId: round.id };
}

/**
 * One branch's self-assessment: every required evidence item answered with a note, optional ones now
 * and then. `submit` hands it in and has the committee review it (an item or two sent back as not yet
 * sufficient); otherwise about half is saved as a draft the branch is still working on.
 */
export async function seedAssessment(ex: Executor, cast: DemoCast, roundId: string, branch: DemoBranch, rng: Rng, submit: boolean): Promise<number> {
  const target = { roundId, orgId: branch.id };
  const answered = EVIDENCE.filter((c) => (c.required ? submit || rng.chance(0.5) : submit && rng.chance(0.5)));
  for (const c of answered) await saveAnswer(ex, cast.ctx, { ...target, code: c.code, answered: true, selfNote: selfNote(c.title) });
  if (!submit) return answered.length;
  await submitAssessment(ex, cast.ctx, target);
  const failed = new Set([rng.pick(answered).code, ...(rng.chance(0.5) ? [rng.pick(answered).code] : [])]);
  for (const c of answered) {
    const pass = !failed.has(c.code);
    await reviewAnswer(ex, cast.ctx, {
      ...target,
      code: c.code,
      pass,
      comment: pass ? null : '佐证材料不够完整，请补充会议记录和活动照片后再报。',
    });
  }
  await completeReview(ex, cast.ctx, target);
  return answered.length;
}

export function assessedBranches(branches: readonly DemoBranch[]): DemoBranch[] {
  return branches.filter((b) => ASSESSED.includes(b.code));
}

/** Evaluates the round the way the evaluation job does; the committee then reads results per branch. */
export async function evaluateRatingRound(db: Db, cast: DemoCast, roundId: string): Promise<number> {
  return (await evaluateRound(db, buildMetricRegistry(), roundId, () => undefined, cast.ctx)).orgs;
}
