import { sql, type SQL } from 'drizzle-orm';

// SQL fragments shared by the rating-metric queries of organisational life.

/** At most this many names or periods are listed in an explanation. */
export const MISSING_LIST = 10;

/**
 * A list aggregated into one text value separated by U+001F, split again by `splitList`: for lists of
 * thousands of ids per query this is several times cheaper to transfer and parse than a text[] array.
 */
export function listAgg(expr: SQL): SQL {
  return sql`string_agg(${expr}, chr(31))`;
}

export function splitList(s: string | null | undefined): string[] {
  return s ? s.split('\u001f') : [];
}

/**
 * Members placed in each org on `date` — the same rule as the people module's `membersOn` (正式 and 预备
 * members from the membership periods), written as a set-based subquery for all orgs at once.
 */
export function membersOnSql(orgWhere: SQL, date: string): SQL {
  return sql`SELECT m.org_node_id AS org, m.person_id FROM membership_period m JOIN org_node o ON o.id = m.org_node_id
             WHERE ${orgWhere} AND m.valid_from <= ${date} AND (m.valid_to IS NULL OR m.valid_to > ${date})
               AND m.party_status IN ('full', 'probationary')`;
}

/**
 * Committee members (posts other than 党小组长) of each org on `date` — the same rule as the orgs module's
 * `committeeOn`, set-based.
 */
export function committeeOnSql(orgWhere: SQL, date: string): SQL {
  return sql`SELECT DISTINCT cp.org_node_id AS org, cp.person_id FROM committee_post cp JOIN org_node o ON o.id = cp.org_node_id
             WHERE ${orgWhere} AND cp.post <> 'group_leader' AND cp.from_on <= ${date} AND (cp.to_on IS NULL OR cp.to_on > ${date})`;
}

/**
 * The names of the first `MISSING_LIST` people (by id) of a uuid[] value, alphabetically, as a list for
 * `splitList`: explanations name a few people, not everyone. Evaluated per org row, so at most ten
 * primary-key lookups each.
 */
export function firstNames(ids: SQL): SQL {
  return sql`(SELECT string_agg(p.name, chr(31) ORDER BY p.name)
              FROM (SELECT x.id FROM unnest(${ids}) AS x(id) ORDER BY x.id LIMIT ${sql.raw(String(MISSING_LIST))}) f
              JOIN person p ON p.id = f.id)`;
}
