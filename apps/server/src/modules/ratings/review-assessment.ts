import { criteriaOf } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { auditActor, type RequestContext } from '../../platform/context';
import { one, type Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { requireRatedOrg, roundForActor } from './round-access';
import { getVersionById } from './schemes.repository';
import { ensureAnswer, ensureSubmission, setSubmissionStatus } from './submissions.repository';

type Target = { roundId: string; orgId: string };

async function reviewable(ex: Executor, ctx: RequestContext, t: Target) {
  const round = await roundForActor(ex, ctx, t.roundId, 'rating:review');
  await requireRatedOrg(ex, ctx, round, t.orgId, 'rating:review');
  if (round.status !== 'open') throw new AppError('ROUND_STATE_INVALID', { status: round.status });
  const def = (await getVersionById(ex, round.schemeVersionId))!.definition;
  return { round, def, sub: await ensureSubmission(ex, t.roundId, t.orgId) };
}

/**
 * The committee's judgement of one criterion: a score (evidence, reviewer score, manual deduction),
 * pass or fail, whether a veto applies, and a comment the branch sees. Evidence is judged once the
 * branch has submitted; reviewer scores, deductions and vetoes can be entered at any time in the round.
 */
export async function reviewAnswer(
  ex: Executor,
  ctx: RequestContext,
  input: Target & { code: string; score?: number | null; pass?: boolean | null; triggered?: boolean | null; comment?: string | null },
): Promise<void> {
  const { def, sub } = await reviewable(ex, ctx, input);
  const c = criteriaOf(def).find((x) => x.code === input.code);
  if (!c) throw notFound();
  if (c.kind === 'evidence' && sub.status !== 'submitted') throw new AppError('SUBMISSION_STATE_INVALID', { status: sub.status });
  if (c.kind === 'metric') throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'code', message: '自动计算的指标不能人工打分' }] });
  if (input.score !== null && input.score !== undefined && input.score > c.maxScore) {
    throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'score', message: `不能超过 ${c.maxScore} 分` }] });
  }
  const id = await ensureAnswer(ex, input.roundId, input.orgId, input.code);
  const before = await one<Record<string, unknown>>(
    ex,
    sql`SELECT review_score::float8 AS score, review_pass AS pass, review_triggered AS triggered, review_comment AS comment FROM rating_answer WHERE id = ${id}`,
  );
  await ex.execute(sql`UPDATE rating_answer SET review_score = ${input.score ?? null}::numeric, review_pass = ${input.pass ?? null}::boolean,
      review_triggered = ${input.triggered ?? null}::boolean, review_comment = ${input.comment ?? null},
      reviewed_by = ${ctx.actor.accountId}, reviewed_at = now(), updated_at = now()
    WHERE id = ${id}`);
  await recordAudit(ex, auditActor(ctx), {
    action: 'rating_answer.review',
    entityType: 'rating_answer',
    entityId: id,
    before,
    after: { code: input.code, score: input.score ?? null, pass: input.pass ?? null, triggered: input.triggered ?? null, comment: input.comment ?? null },
  });
}

/** Sends a submitted self-assessment back with a reason the branch sees. */
export async function returnAssessment(ex: Executor, ctx: RequestContext, input: Target & { reason: string }): Promise<void> {
  const { sub } = await reviewable(ex, ctx, input);
  if (sub.status !== 'submitted') throw new AppError('SUBMISSION_STATE_INVALID', { status: sub.status });
  await setSubmissionStatus(ex, input.roundId, input.orgId, 'returned', { returnReason: input.reason });
  await recordAudit(ex, auditActor(ctx), {
    action: 'rating_submission.return',
    entityType: 'rating_submission',
    entityId: input.orgId,
    after: { roundId: input.roundId, reason: input.reason },
  });
}

/** Closes the review of a branch's submission (its evidence judgements stand). */
export async function completeReview(ex: Executor, ctx: RequestContext, t: Target): Promise<void> {
  const { sub } = await reviewable(ex, ctx, t);
  if (sub.status !== 'submitted') throw new AppError('SUBMISSION_STATE_INVALID', { status: sub.status });
  await setSubmissionStatus(ex, t.roundId, t.orgId, 'reviewed');
  await recordAudit(ex, auditActor(ctx), { action: 'rating_submission.review', entityType: 'rating_submission', entityId: t.orgId, after: { roundId: t.roundId } });
}
