import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { auditActor, type RequestContext } from '../../platform/context';
import { rows, type Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { getOrgRow } from '../orgs/index';
import { frozenResults } from './frozen-results';
import { branchRound } from './round-access';
import { isRatee } from './rounds.repository';

// After publication the branch's members see its results (接受党员监督) and may comment. What they see
// of a colleague: total, categories, whether vetoed, and the suggested grade — not the veto's reasons,
// the notes or the rater groups' means; their own result in full. Always in name order, with no rank.
// Staff hold no account and see no individual result.

async function publishedRound(ex: Executor, ctx: RequestContext, roundId: string) {
  const access = await branchRound(ex, ctx, roundId);
  if (access.round.status !== 'published') throw notFound();
  return access;
}

export async function publishedResults(ex: Executor, ctx: RequestContext, roundId: string) {
  const { round } = await publishedRound(ex, ctx, roundId);
  const [items, org] = await Promise.all([frozenResults(ex, round.id), getOrgRow(ex, round.orgNodeId)]);
  const mine = items.find((i) => i.personId === ctx.actor.personId) ?? null;
  return {
    round: {
      id: round.id,
      title: round.title,
      year: round.year,
      quarter: round.quarter,
      orgName: org?.name ?? '',
      publishedAt: round.publishedAt,
    },
    items: items.map((i) => ({
      personId: i.personId,
      name: i.name,
      partyStatus: i.partyStatus,
      total: i.total,
      maxPoints: i.maxPoints,
      vetoed: i.vetoed,
      categories: i.categories,
      suggestion: { suggestion: true as const, grade: i.suggestion.grade, label: i.suggestion.label },
    })),
    mine,
  };
}

export async function findComments(ex: Executor, ctx: RequestContext, roundId: string) {
  const { round } = await publishedRound(ex, ctx, roundId);
  const items = await rows<{
    id: string;
    subjectId: string | null;
    authorName: string;
    body: string;
    createdAt: string;
  }>(
    ex,
    sql`SELECT id, subject_id AS "subjectId", author_name AS "authorName", body, created_at AS "createdAt"
        FROM evaluation_comment WHERE round_id = ${round.id} ORDER BY created_at, id`,
  );
  return { items };
}

/** A member's comment on the published results, on the round as a whole or on one member's result. */
export async function addComment(
  ex: Executor,
  ctx: RequestContext,
  roundId: string,
  input: { body: string; subjectId?: string | null },
): Promise<{ id: string }> {
  const { round } = await publishedRound(ex, ctx, roundId);
  if (input.subjectId && !(await isRatee(ex, round.id, input.subjectId))) {
    throw new AppError('EVALUATION_NOT_RATEE');
  }
  const id = newId();
  await ex.execute(sql`INSERT INTO evaluation_comment (id, round_id, subject_id, author_account_id, author_name, body)
    VALUES (${id}, ${round.id}, ${input.subjectId ?? null}, ${ctx.actor.accountId}, ${ctx.actor.displayName}, ${input.body})`);
  await recordAudit(ex, auditActor(ctx), {
    action: 'evaluation_comment.add',
    entityType: 'evaluation_comment',
    entityId: id,
    after: { roundId: round.id, subjectId: input.subjectId ?? null, body: input.body },
  });
  return { id };
}
