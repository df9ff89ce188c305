import { criteriaOf } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { addAttachment } from '../../platform/attachments';
import { recordAudit } from '../../platform/audit';
import { auditActor, type RequestContext } from '../../platform/context';
import { one, rows, type Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import type { Storage } from '../../platform/storage';
import { requireRatedOrg, roundForActor } from './round-access';
import { getVersionById } from './schemes.repository';
import { ensureAnswer, ensureSubmission, setSubmissionStatus } from './submissions.repository';

type Target = { roundId: string; orgId: string };

/** The round, org and criterion a branch may still change: round open, assessment not submitted or reviewed. */
async function editable(ex: Executor, ctx: RequestContext, t: Target, code?: string) {
  const round = await roundForActor(ex, ctx, t.roundId, 'rating:assess');
  await requireRatedOrg(ex, ctx, round, t.orgId, 'rating:assess');
  if (round.status !== 'open') throw new AppError('ROUND_STATE_INVALID', { status: round.status });
  const sub = await ensureSubmission(ex, t.roundId, t.orgId);
  if (sub.status === 'submitted' || sub.status === 'reviewed') throw new AppError('SUBMISSION_STATE_INVALID', { status: sub.status });
  const def = (await getVersionById(ex, round.schemeVersionId))!.definition;
  const criterion = code === undefined ? undefined : criteriaOf(def).find((c) => c.code === code);
  if (code !== undefined && !criterion) throw notFound();
  return { round, def, criterion };
}

export async function saveAnswer(
  ex: Executor,
  ctx: RequestContext,
  input: Target & { code: string; answered?: boolean; selfScore?: number | null; selfNote?: string | null },
): Promise<void> {
  const { criterion } = await editable(ex, ctx, input, input.code);
  if (input.answered === false && criterion!.required) {
    throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'answered', message: '必答题不能不答' }] });
  }
  if (input.selfScore !== null && input.selfScore !== undefined && input.selfScore > criterion!.maxScore) {
    throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'selfScore', message: `不能超过 ${criterion!.maxScore} 分` }] });
  }
  const id = await ensureAnswer(ex, input.roundId, input.orgId, input.code);
  const before = await one<Record<string, unknown>>(ex, sql`SELECT answered, self_score::float8 AS "selfScore", self_note AS "selfNote" FROM rating_answer WHERE id = ${id}`);
  await ex.execute(sql`UPDATE rating_answer SET
      answered = coalesce(${input.answered ?? null}::boolean, answered),
      self_score = CASE WHEN ${input.selfScore === undefined} THEN self_score ELSE ${input.selfScore ?? null}::numeric END,
      self_note = CASE WHEN ${input.selfNote === undefined} THEN self_note ELSE ${input.selfNote ?? null} END,
      updated_at = now()
    WHERE id = ${id}`);
  await recordAudit(ex, auditActor(ctx), {
    action: 'rating_answer.save',
    entityType: 'rating_answer',
    entityId: id,
    before,
    after: { code: input.code, answered: input.answered, selfScore: input.selfScore, selfNote: input.selfNote },
  });
}

export async function addEvidence(ex: Executor, ctx: RequestContext, storage: Storage, input: Target & { code: string; fileName: string; data: Buffer }) {
  await editable(ex, ctx, input, input.code);
  const answerId = await ensureAnswer(ex, input.roundId, input.orgId, input.code);
  const stored = await addAttachment(ex, storage, {
    ownerType: 'rating_answer',
    ownerId: answerId,
    prefix: `attachments/rating/${input.roundId}`,
    fileName: input.fileName,
    data: input.data,
    uploadedBy: ctx.actor.accountId,
  });
  const fileName = stored.fileName;
  await recordAudit(ex, auditActor(ctx), {
    action: 'rating_answer.evidence_add',
    entityType: 'rating_answer',
    entityId: answerId,
    after: { code: input.code, attachmentId: stored.id, fileName, sha256: stored.sha256 },
  });
  return { id: stored.id, fileName, mime: stored.mime, bytes: stored.bytes };
}

export async function removeEvidence(ex: Executor, ctx: RequestContext, input: Target & { attachmentId: string }) {
  await editable(ex, ctx, input);
  const a = await one<{ answerId: string; fileName: string }>(
    ex,
    sql`SELECT a.id AS "answerId", f.file_name AS "fileName" FROM attachment f JOIN rating_answer a ON a.id = f.owner_id
        WHERE f.id = ${input.attachmentId} AND f.owner_type = 'rating_answer' AND a.round_id = ${input.roundId} AND a.org_node_id = ${input.orgId}`,
  );
  if (!a) throw notFound();
  await ex.execute(sql`DELETE FROM attachment WHERE id = ${input.attachmentId}`);
  await recordAudit(ex, auditActor(ctx), {
    action: 'rating_answer.evidence_remove',
    entityType: 'rating_answer',
    entityId: a.answerId,
    before: { attachmentId: input.attachmentId, fileName: a.fileName },
  });
}

/** Submits the self-assessment for review: every required evidence item needs a file or a note. */
export async function submitAssessment(ex: Executor, ctx: RequestContext, t: Target): Promise<void> {
  const { def } = await editable(ex, ctx, t);
  const provided = await rows<{ code: string }>(
    ex,
    sql`SELECT a.criterion_code AS code FROM rating_answer a
        WHERE a.round_id = ${t.roundId} AND a.org_node_id = ${t.orgId} AND a.answered
          AND (coalesce(a.self_note, '') <> '' OR EXISTS (SELECT 1 FROM attachment f WHERE f.owner_type = 'rating_answer' AND f.owner_id = a.id))`,
  );
  const have = new Set(provided.map((p) => p.code));
  const missing = criteriaOf(def).filter((c) => c.kind === 'evidence' && c.required && !have.has(c.code));
  if (missing.length > 0) {
    throw new AppError(
      'ASSESSMENT_INCOMPLETE',
      { count: missing.length },
      { issues: missing.map((c) => ({ path: c.code, message: `${c.code} ${c.title}：请上传佐证材料或填写说明` })) },
    );
  }
  await setSubmissionStatus(ex, t.roundId, t.orgId, 'submitted');
  await recordAudit(ex, auditActor(ctx), { action: 'rating_submission.submit', entityType: 'rating_submission', entityId: t.orgId, after: { roundId: t.roundId } });
}
