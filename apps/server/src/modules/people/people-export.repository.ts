import { sql, type SQL } from 'drizzle-orm';
import { rows, type Executor } from '../../platform/db';
import { PERSON_SELECT, type PersonRow } from './people.repository';
import type { PeopleFilter } from './people.schemas';

type SortKey = { expr: SQL; desc: boolean; after: (last: PersonRow) => SQL };

// Dates sort with NULLS LAST in the list; COALESCE to ±infinity gives the same order with a key that
// can be compared, which keyset paging needs.
const dateKey = (column: string, field: 'birthDate' | 'admittedOn', desc: boolean): SortKey => {
  const sentinel = desc ? '-infinity' : 'infinity';
  return {
    expr: sql.raw(`COALESCE(p.${column}, '${sentinel}'::date)`),
    desc,
    after: (last) => sql`${last[field] ?? sentinel}::date`,
  };
};

const KEYS: Record<PeopleFilter['sort'], SortKey> = {
  name: { expr: sql`p.name`, desc: false, after: (last) => sql`${last.name}::text` },
  '-name': { expr: sql`p.name`, desc: true, after: (last) => sql`${last.name}::text` },
  birthDate: dateKey('birth_date', 'birthDate', false),
  '-birthDate': dateKey('birth_date', 'birthDate', true),
  admittedOn: dateKey('admitted_on', 'admittedOn', false),
  '-admittedOn': dateKey('admitted_on', 'admittedOn', true),
  // created_at is not in PersonRow; it never changes, so it can be read back by id.
  createdAt: { expr: sql`p.created_at`, desc: false, after: (last) => sql`(SELECT created_at FROM person WHERE id = ${last.id})` },
  '-createdAt': { expr: sql`p.created_at`, desc: true, after: (last) => sql`(SELECT created_at FROM person WHERE id = ${last.id})` },
};

/**
 * Keyset pages over the filtered roster in the list's sort order (ties broken by id, as the list
 * does), so that an export has the order the user sees, without OFFSET and with flat memory.
 */
export async function* iterateSortedPeopleRows(
  ex: Executor,
  where: SQL,
  sort: PeopleFilter['sort'],
  batch = 2000,
): AsyncGenerator<PersonRow[]> {
  const key = KEYS[sort];
  const order = key.desc ? sql`${key.expr} DESC, p.id` : sql`${key.expr}, p.id`;
  let last: PersonRow | null = null;
  for (;;) {
    let cond = sql`true`;
    if (last) {
      const v = key.after(last);
      cond = key.desc
        ? sql`(${key.expr} < ${v} OR (${key.expr} = ${v} AND p.id > ${last.id}::uuid))`
        : sql`(${key.expr}, p.id) > (${v}, ${last.id}::uuid)`;
    }
    const page = await rows<PersonRow>(ex, sql`${PERSON_SELECT} WHERE ${where} AND ${cond} ORDER BY ${order} LIMIT ${batch}`);
    if (page.length === 0) return;
    yield page;
    if (page.length < batch) return;
    last = page[page.length - 1]!;
  }
}
