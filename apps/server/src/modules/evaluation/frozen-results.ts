import { sql } from 'drizzle-orm';
import { rows, type Executor } from '../../platform/db';
import { byName, type MemberDetail } from './compute-results';

/** The results frozen when the round was published, in name order. */
export async function frozenResults(ex: Executor, roundId: string): Promise<MemberDetail[]> {
  const list = await rows<{ result: MemberDetail }>(
    ex,
    sql`SELECT result FROM evaluation_result WHERE round_id = ${roundId}`,
  );
  return list.map((r) => r.result).sort(byName);
}

export async function freezeResults(
  ex: Executor,
  roundId: string,
  details: readonly MemberDetail[],
): Promise<void> {
  if (details.length === 0) return;
  const payload = JSON.stringify(
    details.map((d) => ({
      person_id: d.personId,
      name: d.name,
      party_status: d.partyStatus,
      total: d.total,
      vetoed: d.vetoed,
      grade: d.suggestion.grade,
      result: d,
    })),
  );
  await ex.execute(sql`INSERT INTO evaluation_result (round_id, person_id, name, party_status, total, vetoed, grade, result, published_at)
    SELECT ${roundId}, x.person_id, x.name, x.party_status, x.total, x.vetoed, x.grade, x.result, now()
    FROM jsonb_to_recordset(${payload}::jsonb) AS x(person_id uuid, name text, party_status text, total numeric, vetoed boolean, grade text, result jsonb)`);
}
