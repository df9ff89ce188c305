import { sql } from 'drizzle-orm';
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

function chunkDocument(records: readonly ResultRecord[], from: number): string {
  return JSON.stringify(records.slice(from, from + CHUNK).map((r) => ({ ...r, criteria: r.criteria() })));
}

/**
 * Replaces a round's results: one statement per chunk, the rows passed as one JSON document. While
 * the database stores a chunk, the next one is packed and serialised.
 */
export async function writeResults(ex: Executor, roundId: string, records: readonly ResultRecord[], progress: (done: number) => void): Promise<void> {
  await ex.execute(sql`DELETE FROM rating_result WHERE round_id = ${roundId}`);
  let next = records.length > 0 ? chunkDocument(records, 0) : null;
  for (let i = 0; next !== null; i += CHUNK) {
    // `then` sends the statement now; the next chunk is made before waiting for it.
    const storing = ex
      .execute(sql`INSERT INTO rating_result (round_id, org_node_id, total, level, computed_level, band_level, hard_cap, previous_level,
        flags, categories, criteria, evaluated_at)
      SELECT ${roundId}, x."orgId", x.total, x.level, x."computedLevel", x."bandLevel", x."hardCap", x."previousLevel",
             x.flags, x.categories, x.criteria, x."evaluatedAt"
      FROM json_to_recordset(${next}::json) AS x("orgId" uuid, total numeric, level int, "computedLevel" int,
        "bandLevel" int, "hardCap" int, "previousLevel" int, flags jsonb, categories jsonb, criteria json, "evaluatedAt" timestamptz)`)
      .then(() => undefined);
    next = i + CHUNK < records.length ? chunkDocument(records, i + CHUNK) : null;
    await storing;
    progress(Math.min(i + CHUNK, records.length));
  }
}
