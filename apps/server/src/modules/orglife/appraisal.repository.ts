import { sql } from 'drizzle-orm';
import type { AppraisalGrade } from '@zhibu/shared';
import { one, rows, type Executor } from '../../platform/db';

export type RoundRow = { id: string; orgNodeId: string; orgName: string; year: number; status: 'open' | 'closed' };

export async function getRound(ex: Executor, id: string, forUpdate = false): Promise<RoundRow | undefined> {
  return one<RoundRow>(
    ex,
    sql`SELECT r.id, r.org_node_id AS "orgNodeId", o.name AS "orgName", r.year, r.status
        FROM appraisal_round r JOIN org_node o ON o.id = r.org_node_id WHERE r.id = ${id} ${forUpdate ? sql`FOR UPDATE OF r` : sql``}`,
  );
}

export type EntryRow = {
  personId: string;
  name: string;
  partyStatus: string;
  selfGrade: AppraisalGrade | null;
  selfSummary: string | null;
  orgGrade: AppraisalGrade | null;
  vetoSource: string | null;
  vetoReason: string | null;
  note: string | null;
};

export async function entriesOf(ex: Executor, roundId: string): Promise<EntryRow[]> {
  return rows<EntryRow>(
    ex,
    sql`SELECT e.person_id AS "personId", p.name, p.party_status AS "partyStatus", e.self_grade AS "selfGrade",
               e.self_summary AS "selfSummary", e.org_grade AS "orgGrade", e.veto_source AS "vetoSource",
               e.veto_reason AS "vetoReason", e.note
        FROM appraisal_entry e JOIN person p ON p.id = e.person_id WHERE e.round_id = ${roundId} ORDER BY p.name`,
  );
}

/** Mutual-evaluation ballots counted per member and grade; who voted what is never returned. */
export async function ballotCounts(ex: Executor, roundId: string) {
  return rows<{ personId: string; grade: AppraisalGrade; n: number }>(
    ex,
    sql`SELECT target_person_id AS "personId", grade, count(*)::int AS n FROM appraisal_ballot
        WHERE round_id = ${roundId} GROUP BY 1, 2`,
  );
}
