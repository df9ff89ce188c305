import { sql, type SQL } from 'drizzle-orm';
import { inScope, type Actor } from '../../platform/access';
import type { Executor } from '../../platform/db';
import { SET_CHECK_MESSAGES as M } from './rules/import-messages';

/**
 * The checks that need other rows or the database, run set-wise over all staged rows of a batch in
 * one statement (never a query per row): ID numbers repeated in the file or already registered,
 * organisation codes that are unknown, outside the importer's person:write scope, a 党小组 or
 * dissolved, Party groups that are not under the row's organisation, and unknown business units.
 * Each problem is appended to the row's errors. Run again inside the commit transaction, because
 * the database may have changed since the validation.
 */
export async function runImportChecks(ex: Executor, actor: Actor, batchId: string): Promise<void> {
  const writable = (path: SQL) => inScope(actor, 'person:write', path);
  await ex.execute(sql`
    WITH r AS MATERIALIZED (
      SELECT row_no, data->>'idNumber' AS id_number, data->>'orgCode' AS org_code,
             data->>'partyGroupCode' AS group_code, data->>'businessUnitCode' AS unit_code
      FROM import_row WHERE batch_id = ${batchId} AND row_no > 0
    ),
    repeated AS (
      SELECT id_number, array_agg(row_no ORDER BY row_no) AS nos
      FROM r WHERE id_number IS NOT NULL GROUP BY id_number HAVING count(*) > 1
    ),
    placed AS (
      SELECT r.row_no, r.org_code, r.group_code, o.id, o.type, o.dissolved_at,
             (o.id IS NOT NULL AND ${writable(sql`o.path`)}) AS writable
      FROM r LEFT JOIN org_node o ON o.code = r.org_code
      WHERE r.org_code IS NOT NULL
    ),
    errs AS (
      SELECT r.row_no, 1 AS ord, 'idNumber' AS field, r.id_number AS value,
             replace(${M.duplicateInFile}, '{rows}', array_to_string((array_remove(d.nos, r.row_no))[1:5], '、')) AS message
      FROM r JOIN repeated d ON d.id_number = r.id_number
      UNION ALL
      -- The holder's name only when the importer may read that person anyway.
      SELECT r.row_no, 2, 'idNumber', r.id_number,
             replace(${M.idTaken}, '{name}',
                     CASE WHEN ${inScope(actor, 'person:read', sql`po.path`)} THEN '（' || p.name || '）' ELSE '' END)
      FROM r JOIN person p ON p.id_number = r.id_number JOIN org_node po ON po.id = p.org_node_id
      UNION ALL
      SELECT row_no, 3, 'orgCode', org_code,
             CASE WHEN NOT writable THEN replace(${M.orgUnknown}, '{code}', org_code)
                  WHEN type = 'group' THEN replace(${M.orgIsGroup}, '{code}', org_code)
                  ELSE replace(${M.orgDissolved}, '{code}', org_code) END
      FROM placed WHERE NOT writable OR type = 'group' OR dissolved_at IS NOT NULL
      UNION ALL
      SELECT pl.row_no, 4, 'partyGroupCode', pl.group_code, replace(${M.groupInvalid}, '{code}', pl.group_code)
      FROM placed pl LEFT JOIN org_node g ON g.code = pl.group_code
      WHERE pl.group_code IS NOT NULL AND pl.writable AND pl.type <> 'group'
        AND (g.id IS NULL OR g.type <> 'group' OR g.parent_id <> pl.id OR g.dissolved_at IS NOT NULL)
      UNION ALL
      SELECT r.row_no, 5, 'businessUnitCode', r.unit_code, replace(${M.unitUnknown}, '{code}', r.unit_code)
      FROM r LEFT JOIN business_unit bu ON bu.code = r.unit_code
      WHERE r.unit_code IS NOT NULL AND (bu.id IS NULL OR NOT bu.active)
    ),
    agg AS (
      SELECT row_no, jsonb_agg(jsonb_build_object('field', field, 'value', value, 'message', message) ORDER BY ord) AS e
      FROM errs GROUP BY row_no
    )
    UPDATE import_row t SET errors = t.errors || agg.e
    FROM agg WHERE t.batch_id = ${batchId} AND t.row_no = agg.row_no`);
}
