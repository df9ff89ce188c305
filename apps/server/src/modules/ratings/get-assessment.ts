import { sql } from 'drizzle-orm';
import type { RequestContext } from '../../platform/context';
import { rows, type Executor } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { requireRatedOrg, roundForActor } from './round-access';
import { getVersionById } from './schemes.repository';
import { getSubmission } from './submissions.repository';

/** A branch's self-assessment sheet: every criterion with its answer, evidence files and the committee's review. */
export async function getAssessment(ex: Executor, ctx: RequestContext, roundId: string, orgId: string) {
  const round = await roundForActor(ex, ctx, roundId, 'rating:read');
  const org = await requireRatedOrg(ex, ctx, round, orgId, 'rating:read');
  const def = (await getVersionById(ex, round.schemeVersionId))!.definition;
  const [sub, answers, files] = await Promise.all([
    getSubmission(ex, roundId, orgId),
    rows<{ code: string; answered: boolean; selfScore: number | null; selfNote: string | null; reviewScore: number | null; reviewPass: boolean | null; reviewTriggered: boolean | null; reviewComment: string | null; reviewedAt: string | null }>(
      ex,
      sql`SELECT criterion_code AS code, answered, self_score::float8 AS "selfScore", self_note AS "selfNote", review_score::float8 AS "reviewScore",
                 review_pass AS "reviewPass", review_triggered AS "reviewTriggered", review_comment AS "reviewComment", reviewed_at AS "reviewedAt"
          FROM rating_answer WHERE round_id = ${roundId} AND org_node_id = ${orgId}`,
    ),
    rows<{ code: string; id: string; fileName: string; mime: string; bytes: number; hasThumb: boolean }>(
      ex,
      sql`SELECT a.criterion_code AS code, f.id, f.file_name AS "fileName", f.mime, f.bytes, f.thumb_key IS NOT NULL AS "hasThumb"
          FROM attachment f JOIN rating_answer a ON a.id = f.owner_id
          WHERE f.owner_type = 'rating_answer' AND a.round_id = ${roundId} AND a.org_node_id = ${orgId} ORDER BY f.created_at`,
    ),
  ]);
  const byCode = new Map(answers.map((a) => [a.code, a]));
  return {
    round: { id: round.id, title: round.title, status: round.status },
    org: { id: org.id, name: org.name, code: org.code },
    submission: sub ?? { status: 'draft' as const, returnReason: null, submittedAt: null, reviewedAt: null, version: 0 },
    categories: def.categories.map((cat) => ({
      code: cat.code,
      title: cat.title,
      group: cat.group,
      criteria: cat.criteria.map((c) => {
        const a = byCode.get(c.code);
        return {
          code: c.code,
          title: c.title,
          description: c.description ?? null,
          kind: c.kind,
          required: c.required,
          hardFromStar: c.hardFromStar,
          maxScore: c.maxScore,
          answered: c.required || (a?.answered ?? false),
          selfScore: a?.selfScore ?? null,
          selfNote: a?.selfNote ?? null,
          review: a ? { score: a.reviewScore, pass: a.reviewPass, triggered: a.reviewTriggered, comment: a.reviewComment, at: a.reviewedAt } : null,
          evidence: files.filter((f) => f.code === c.code).map(({ code: _c, ...f }) => f),
        };
      }),
    })),
  };
}

/** An evidence file of a branch's answer, for someone who may read that branch's assessment. */
export async function readableEvidence(ex: Executor, ctx: RequestContext, roundId: string, orgId: string, attachmentId: string) {
  const round = await roundForActor(ex, ctx, roundId, 'rating:read');
  await requireRatedOrg(ex, ctx, round, orgId, 'rating:read');
  const [f] = await rows<{ fileName: string; mime: string; storageKey: string; thumbKey: string | null }>(
    ex,
    sql`SELECT f.file_name AS "fileName", f.mime, f.storage_key AS "storageKey", f.thumb_key AS "thumbKey"
        FROM attachment f JOIN rating_answer a ON a.id = f.owner_id
        WHERE f.id = ${attachmentId} AND f.owner_type = 'rating_answer' AND a.round_id = ${roundId} AND a.org_node_id = ${orgId}`,
  );
  if (!f) throw notFound();
  return f;
}
