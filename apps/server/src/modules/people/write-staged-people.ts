import { sql } from 'drizzle-orm';
import { recordAudit, type AuditActor } from '../../platform/audit';
import { one, rows, type Executor } from '../../platform/db';

// A UUIDv7 made in SQL that PostgreSQL 15 accepts (uuidv7() only exists from 18): the 48-bit Unix
// time in milliseconds over the first six bytes of a random v4 uuid, and the version nibble set to 7
// (0100 → 0111 by setting bits 52 and 53). 74 random bits keep ids unique within a millisecond.
export const UUIDV7_SQL = sql.raw(
  `encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing ` +
    `substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3) from 1 for 6), 52, 1), 53, 1), 'hex')::uuid`,
);

export type WriteStats = { people: number; writeMs: number; auditMs: number };

const d = (key: string) => sql.raw(`(s.data->>'${key}')`);
const date = (key: string) => sql.raw(`(s.data->>'${key}')::date`);

/**
 * Writes the staged rows of a batch as people, set-based, inside the caller's transaction: per chunk
 * of rows one statement inserts the people (codes resolved by joins), their first membership period
 * (from the admission date, else the joined-work date, else today) and an 'imported' history entry,
 * and returns what was written for the audit trail, which gets one hash-chained entry per person.
 * Chunks keep memory flat however large the batch; the transaction keeps it all-or-nothing.
 * The rows must have passed the row rules and runImportChecks.
 */
export async function writeStagedPeople(
  tx: Executor,
  who: AuditActor,
  batchId: string,
  opts: { today: string; note: string | null; chunkRows?: number; onProgress?: (done: number, total: number) => void },
): Promise<WriteStats> {
  const chunk = opts.chunkRows ?? 5000;
  const total = (await one<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM import_row WHERE batch_id = ${batchId} AND row_no > 0`))!.n;
  // Chunk boundaries: every chunk-th row number and the last one.
  const bounds = (
    await rows<{ rowNo: number }>(
      tx,
      sql`SELECT row_no AS "rowNo" FROM (
            SELECT row_no, row_number() OVER (ORDER BY row_no) AS rn, count(*) OVER () AS n
            FROM import_row WHERE batch_id = ${batchId} AND row_no > 0) x
          WHERE rn % ${chunk} = 0 OR rn = n ORDER BY row_no`,
    )
  ).map((r) => r.rowNo);
  const at = new Date().toISOString();
  const stats: WriteStats = { people: 0, writeMs: 0, auditMs: 0 };
  let from = 0;
  for (const to of bounds) {
    const t0 = performance.now();
    const written = await rows<{ id: string; after: Record<string, unknown> }>(
      tx,
      sql`WITH s AS MATERIALIZED (
            SELECT row_no, data FROM import_row WHERE batch_id = ${batchId} AND row_no > ${from} AND row_no <= ${to}
          ),
          ins AS (
            INSERT INTO person (id, name, gender, ethnicity, birth_date, id_number, phone, education, job_post, title,
                business_unit_id, org_node_id, party_group_id, joined_work_on, party_status, applied_on, activist_on,
                development_on, admitted_on, confirmed_on, import_batch_id, created_at, updated_at)
            SELECT ${UUIDV7_SQL}, ${d('name')}, ${d('gender')}, ${d('ethnicity')}, ${date('birthDate')}, ${d('idNumber')},
                ${d('phone')}, ${d('education')}, ${d('jobPost')}, ${d('title')}, bu.id, o.id, g.id, ${date('joinedWorkOn')},
                ${d('partyStatus')}, ${date('appliedOn')}, ${date('activistOn')}, ${date('developmentOn')},
                ${date('admittedOn')}, ${date('confirmedOn')}, ${batchId}, ${at}, ${at}
            FROM s
            JOIN org_node o ON o.code = s.data->>'orgCode'
            LEFT JOIN org_node g ON g.code = s.data->>'partyGroupCode'
            LEFT JOIN business_unit bu ON bu.code = s.data->>'businessUnitCode'
            ORDER BY s.row_no
            RETURNING id, org_node_id, party_group_id, party_status, admitted_on, joined_work_on,
              jsonb_build_object('name', name, 'gender', gender, 'ethnicity', ethnicity, 'birthDate', birth_date,
                'idNumber', id_number, 'phone', phone, 'education', education, 'jobPost', job_post, 'title', title,
                'businessUnitId', business_unit_id, 'orgNodeId', org_node_id, 'partyGroupId', party_group_id,
                'joinedWorkOn', joined_work_on, 'partyStatus', party_status, 'appliedOn', applied_on,
                'activistOn', activist_on, 'developmentOn', development_on, 'admittedOn', admitted_on,
                'confirmedOn', confirmed_on, 'importBatchId', import_batch_id) AS after
          ),
          mp AS (
            INSERT INTO membership_period (id, person_id, org_node_id, party_group_id, party_status, valid_from)
            SELECT ${UUIDV7_SQL}, id, org_node_id, party_group_id, party_status,
                   COALESCE(admitted_on, joined_work_on, ${opts.today}::date)
            FROM ins
          ),
          h AS (
            INSERT INTO person_history (id, person_id, kind, before, after, effective_on, note, at, actor_account_id)
            SELECT ${UUIDV7_SQL}, id, 'imported', NULL, after, ${opts.today}::date, ${opts.note}, ${at}, ${who.accountId}
            FROM ins
          )
          SELECT id, after FROM ins`,
    );
    const t1 = performance.now();
    await recordAudit(
      tx,
      who,
      written.map((w) => ({ action: 'person.import', entityType: 'person', entityId: w.id, after: w.after })),
    );
    stats.writeMs += t1 - t0;
    stats.auditMs += performance.now() - t1;
    stats.people += written.length;
    from = to;
    opts.onProgress?.(stats.people, total);
  }
  // Every staged row must have become a person; anything else means a code no longer resolves.
  if (stats.people !== total) throw new Error(`import ${batchId}: ${stats.people} of ${total} rows written`);
  return stats;
}
