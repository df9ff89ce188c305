import { sql } from 'drizzle-orm';
import { one, type Executor } from '../../platform/db';
import { newId } from '../../platform/ids';

export type SubmissionStatus = 'draft' | 'submitted' | 'returned' | 'reviewed';
export type SubmissionRow = { status: SubmissionStatus; returnReason: string | null; submittedAt: string | null; reviewedAt: string | null; version: number };

export async function getSubmission(ex: Executor, roundId: string, orgId: string, forUpdate = false): Promise<SubmissionRow | undefined> {
  return one<SubmissionRow>(
    ex,
    sql`SELECT status, return_reason AS "returnReason", submitted_at AS "submittedAt", reviewed_at AS "reviewedAt", version
        FROM rating_submission WHERE round_id = ${roundId} AND org_node_id = ${orgId} ${forUpdate ? sql`FOR UPDATE` : sql``}`,
  );
}

/** The submission row, created as a draft on first use (a branch starts its self-assessment by answering). */
export async function ensureSubmission(ex: Executor, roundId: string, orgId: string): Promise<SubmissionRow> {
  await ex.execute(sql`INSERT INTO rating_submission (round_id, org_node_id, status) VALUES (${roundId}, ${orgId}, 'draft') ON CONFLICT DO NOTHING`);
  return (await getSubmission(ex, roundId, orgId, true))!;
}

export async function setSubmissionStatus(ex: Executor, roundId: string, orgId: string, status: SubmissionStatus, extra: { returnReason?: string | null } = {}) {
  await ex.execute(sql`UPDATE rating_submission SET status = ${status}, version = version + 1,
      return_reason = ${extra.returnReason ?? null},
      submitted_at = CASE WHEN ${status} = 'submitted' THEN now() ELSE submitted_at END,
      reviewed_at = CASE WHEN ${status} = 'reviewed' THEN now() ELSE reviewed_at END
    WHERE round_id = ${roundId} AND org_node_id = ${orgId}`);
}

/** The answer row of a criterion, created on first use; returns its id (evidence files hang on it). */
export async function ensureAnswer(ex: Executor, roundId: string, orgId: string, code: string): Promise<string> {
  await ex.execute(sql`INSERT INTO rating_answer (id, round_id, org_node_id, criterion_code) VALUES (${newId()}, ${roundId}, ${orgId}, ${code})
    ON CONFLICT (round_id, org_node_id, criterion_code) DO NOTHING`);
  return (await one<{ id: string }>(ex, sql`SELECT id FROM rating_answer WHERE round_id = ${roundId} AND org_node_id = ${orgId} AND criterion_code = ${code}`))!.id;
}
