import { sql, type SQL } from 'drizzle-orm';
import { one, rows, type Executor } from '../../platform/db';
import { DEFAULT_FREQUENCY_RULES, MEETING_TYPES, type FrequencyRule, type MeetingType } from './rules/frequency-rules';

/** The fact kinds a held sitting yields, one per meeting type (an index-friendly IN list). */
const HELD_KINDS = sql.join(MEETING_TYPES.map((t) => sql`${`meeting_held.${t}`}`), sql`, `);

/**
 * Sittings held per org, meeting type and month of a year — one aggregate over the meeting facts for
 * every org matched by `orgWhere` (a condition on org_node o).
 */
export async function heldCounts(
  ex: Executor,
  year: number,
  orgWhere: SQL,
): Promise<Map<string, Partial<Record<MeetingType, number[]>>>> {
  const list = await rows<{ orgId: string; type: MeetingType; month: number; n: number }>(
    ex,
    sql`SELECT f.org_node_id AS "orgId", substr(f.kind, 14) AS type, extract(month FROM f.on_date)::int AS month,
               count(*)::int AS n
        FROM fact f JOIN org_node o ON o.id = f.org_node_id
        WHERE f.kind IN (${HELD_KINDS}) AND f.on_date >= ${`${year}-01-01`} AND f.on_date < ${`${year + 1}-01-01`}
          AND ${orgWhere}
        GROUP BY 1, 2, 3`,
  );
  const out = new Map<string, Partial<Record<MeetingType, number[]>>>();
  for (const r of list) {
    let byType = out.get(r.orgId);
    if (!byType) out.set(r.orgId, (byType = {}));
    const months = (byType[r.type] ??= Array.from({ length: 12 }, () => 0));
    months[r.month - 1] = r.n;
  }
  return out;
}

/** The rules in force for a year: the newest saved version, else the defaults of domain-rules §1.5. */
export async function rulesForYear(ex: Executor, year: number): Promise<{ version: number; rules: readonly FrequencyRule[] }> {
  const r = await one<{ version: number; rules: FrequencyRule[] }>(
    ex,
    sql`SELECT version, rules FROM frequency_rule_set WHERE year = ${year} ORDER BY version DESC LIMIT 1`,
  );
  return r ?? { version: 0, rules: DEFAULT_FREQUENCY_RULES };
}

/** The meetings whose facts counted for one org in a year (the links behind each green cell). */
export async function countedMeetings(ex: Executor, orgId: string, year: number) {
  return rows<{ id: string; title: string; types: MeetingType[]; heldOn: string; status: string }>(
    ex,
    sql`SELECT m.id, m.title, m.types, m.held_on AS "heldOn", m.status FROM meeting m
        WHERE m.org_node_id = ${orgId} AND m.held_on >= ${`${year}-01-01`} AND m.held_on < ${`${year + 1}-01-01`}
          AND EXISTS (SELECT 1 FROM fact f WHERE f.source_id = m.id AND f.kind IN (${HELD_KINDS}))
        ORDER BY m.held_on`,
  );
}
