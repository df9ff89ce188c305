import { sql, type SQL } from 'drizzle-orm';

/** `col IN (...)` for any number of uuids as one parameter. */
export function inUuids(column: SQL, ids: readonly string[]): SQL {
  if (ids.length === 0) return sql`false`;
  return sql`${column} IN (SELECT (jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))::uuid)`;
}

/** `col IN (...)` for text values as one parameter. */
export function inTexts(column: SQL, values: readonly string[]): SQL {
  if (values.length === 0) return sql`false`;
  return sql`${column} IN (SELECT jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;
}

/** Escapes % and _ for a LIKE pattern built from user input. */
export function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * A list aggregated into one text value separated by U+001F, split again by `splitList`: for lists of
 * thousands of ids per query this is several times cheaper to transfer and parse than a text[] array.
 */
export function listAgg(expr: SQL, orderBy?: SQL): SQL {
  return orderBy ? sql`string_agg(${expr}, chr(31) ORDER BY ${orderBy})` : sql`string_agg(${expr}, chr(31))`;
}

export function splitList(s: string | null | undefined): string[] {
  return s ? s.split('\u001f') : [];
}
