import { sql, type SQL } from 'drizzle-orm';
import { rows, type Executor } from '../../platform/db';
import { ruleSetsInForce } from './rule-sets.repository';

export const PARTICIPANT_STATUSES = sql`('full', 'probationary', 'activist', 'development')`;

export type OrgTotals = { orgId: string; members: number; average: number; vetoed: string | null; vetoedCount: number; pending: number };

/**
 * Per org matched by `orgWhere` (a condition on `org_node o`), under the rule set in force for it in
 * `year` (the published one of the nearest enclosing scope): its members (participants placed in it),
 * the average of their balances for a period (the base for those without entries yet), the vetoed
 * members and the claims waiting. The few rule sets in force are read first and written into the query
 * as a CASE over their scopes, nearest first, which the planner estimates as plainly as the orgs
 * themselves; the balances are read per org from their covering index, not member by member.
 */
export async function orgTotals(ex: Executor, orgWhere: SQL, year: number, periodKey: string): Promise<OrgTotals[]> {
  const sets = await ruleSetsInForce(ex, [year]);
  if (sets.length === 0) return [];
  const pick = (value: (s: (typeof sets)[number]) => SQL) =>
    sql`CASE ${sql.join(
      sets.map((s) => sql`WHEN o.path LIKE ${`${s.scopePath}%`} THEN ${value(s)}`),
      sql` `,
    )} END`;
  const anyScope = sql.join(
    sets.map((s) => sql`o.path LIKE ${`${s.scopePath}%`}`),
    sql` OR `,
  );
  return rows<OrgTotals>(
    ex,
    sql`WITH f AS MATERIALIZED (
          SELECT o.id AS org_id, ${pick((s) => sql`${s.id}::uuid`)} AS rule_set_id, ${pick((s) => sql`${s.definition.basePoints}::numeric`)} AS base
          FROM org_node o WHERE ${orgWhere} AND (${anyScope})),
        people AS (SELECT p.org_node_id AS org_id, count(*)::int AS n FROM person p
                   WHERE p.party_status IN ${PARTICIPANT_STATUSES} AND p.org_node_id IN (SELECT org_id FROM f) GROUP BY p.org_node_id),
        bal AS (SELECT f.org_id, count(*)::int AS n, sum(b.total) AS total, count(*) FILTER (WHERE b.vetoed)::int AS vetoed_n,
                       string_agg(b.person_id::text, chr(31)) FILTER (WHERE b.vetoed) AS vetoed, sum(b.pending)::int AS pending
                FROM f JOIN point_balance b ON b.rule_set_id = f.rule_set_id AND b.period = ${periodKey} AND b.org_node_id = f.org_id
                GROUP BY f.org_id)
        SELECT f.org_id AS "orgId", people.n AS members,
               ((coalesce(bal.total, 0) + (people.n - coalesce(bal.n, 0)) * f.base) / people.n)::float8 AS average,
               bal.vetoed, coalesce(bal.vetoed_n, 0) AS "vetoedCount", coalesce(bal.pending, 0) AS pending
        FROM f JOIN people ON people.org_id = f.org_id LEFT JOIN bal ON bal.org_id = f.org_id`,
  );
}
