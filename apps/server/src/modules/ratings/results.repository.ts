import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db';

export type ResultRecord = {
  orgId: string;
  total: number;
  level: number | null;
  computedLevel: number | null;
  bandLevel: number | null;
  hardCap: number | null;
  previousLevel: number | null;
  flags: Record<string, unknown>;
  categories: unknown;
  /** Made when its chunk is written, so that packing one chunk overlaps the database storing the last. */
  criteria: () => unknown;
  evaluatedAt: string;
};

const CHUNK = 500;

function chunkRows(roundId: string, records: readonly ResultRecord[], from: number): SQL {
  return sql.join(
    records.slice(from, from + CHUNK).map(
      (r) => sql`(${roundId}, ${r.orgId}, ${r.total}, ${r.level}, ${r.computedLevel}, ${r.bandLevel}, ${r.hardCap}, ${r.previousLevel},
                  ${JSON.stringify(r.flags)}::jsonb, ${JSON.stringify(r.categories)}::jsonb, ${JSON.stringify(r.criteria())}::json, ${r.evaluatedAt})`,
    ),
    sql`, `,
  );
}

/**
 * Replaces a round's results: one statement per chunk, each value its own parameter (the database
 * reads a parameter with the column type's own input, where a single JSON document of the rows would
 * be parsed once as a whole and then again field by field). While the database stores a chunk, the
 * next one is packed and serialised.
 */
export async function writeResults(ex: Executor, roundId: string, records: readonly ResultRecord[], progress: (done: number) => void): Promise<void> {
  await ex.execute(sql`DELETE FROM rating_result WHERE round_id = ${roundId}`);
  let next = records.length > 0 ? chunkRows(roundId, records, 0) : null;
  for (let i = 0; next !== null; i += CHUNK) {
    // `then` sends the statement now; the next chunk is made before waiting for it.
    const storing = ex
      .execute(sql`INSERT INTO rating_result (round_id, org_node_id, total, level, computed_level, band_level, hard_cap, previous_level,
        flags, categories, criteria, evaluated_at) VALUES ${next}`)
      .then(() => undefined);
    next = i + CHUNK < records.length ? chunkRows(roundId, records, i + CHUNK) : null;
    await storing;
    progress(Math.min(i + CHUNK, records.length));
  }
}
