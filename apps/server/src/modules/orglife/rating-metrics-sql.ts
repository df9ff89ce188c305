import { sql, type SQL } from 'drizzle-orm';

// SQL fragments shared by the rating-metric queries of organisational life.

export { listAgg, splitList } from '../../platform/sql-helpers';

/** At most this many names or periods are listed in an explanation. */
export const MISSING_LIST = 10;

/** Ranges of up to this many months carry their months as the bits of one bigint. */
const MASK_MONTHS = 62;

/**
 * An aggregate of the months (counted from the month of `from`) in which the dates `day` of a group
 * fall, read back by `monthsOf`: the bits of one bigint, or for very long ranges a list of the offsets.
 * Cheaper to compute and to ship than the dates themselves when all that matters is which months had one.
 */
export function monthsAgg(day: SQL, from: string, months: number): SQL {
  const offset = sql`((extract(year FROM ${day})::int - ${Number(from.slice(0, 4))}::int) * 12 + extract(month FROM ${day})::int - ${Number(from.slice(5, 7))}::int)`;
  return months <= MASK_MONTHS ? sql`bit_or(1::int8 << ${offset})::text` : sql`string_agg(DISTINCT ${offset}::text, ',')`;
}

/** The month offsets `monthsAgg` aggregated, as flags by offset. */
export function monthsOf(agg: string | null | undefined, months: number): boolean[] {
  const out: boolean[] = new Array<boolean>(months).fill(false);
  if (!agg) return out;
  if (months <= 32) {
    const mask = Number(agg);
    for (let i = 0; i < months; i++) if ((mask >>> i) & 1) out[i] = true;
  } else if (months <= MASK_MONTHS) {
    const mask = BigInt(agg);
    for (let i = 0; i < months; i++) if ((mask >> BigInt(i)) & 1n) out[i] = true;
  } else {
    for (const x of agg.split(',')) {
      const i = Number(x);
      if (i >= 0 && i < months) out[i] = true;
    }
  }
  return out;
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
