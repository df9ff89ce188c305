import type { AppraisalGrade } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { rows, type Executor } from '../../platform/db';
import { inUuids } from '../../platform/sql-helpers';
import type { AppraisalInput } from '../orglife/index';

/**
 * What the year's published post-performance evaluations hand to 民主评议: per round, the member's total
 * and the suggested grade with its reason (a suggestion, never the grade; an evaluation veto suggests
 * 不合格 but does not force it — only the negative list does). Only published results: an open round's
 * figures may still change.
 */
export async function evaluationAppraisalInputs(ex: Executor, q: { personIds: readonly string[]; year: number }): Promise<AppraisalInput[]> {
  const list = await rows<{
    personId: string;
    roundId: string;
    title: string;
    quarter: number | null;
    grade: AppraisalGrade | null;
    reason: { zh: string; en: string } | null;
  }>(
    ex,
    sql`SELECT r.person_id AS "personId", er.id AS "roundId", er.title, er.quarter, r.grade,
               r.result -> 'suggestion' -> 'reason' AS reason
        FROM evaluation_result r JOIN evaluation_round er ON er.id = r.round_id
        WHERE er.year = ${q.year} AND er.status = 'published' AND ${inUuids(sql`r.person_id`, q.personIds)}
        ORDER BY er.quarter NULLS LAST, er.published_at`,
  );
  return list.map((r) => ({
    personId: r.personId,
    source: `evaluation:${r.roundId}`,
    title: { zh: `岗位评价：${r.title}`, en: `Post evaluation: ${r.title}` },
    text: r.reason ?? { zh: '', en: '' },
    suggestion: r.grade,
    vetoReason: null,
  }));
}
