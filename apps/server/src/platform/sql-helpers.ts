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
