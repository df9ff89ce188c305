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
  criteria: unknown;
  evaluatedAt: string;
};

const CHUNK = 500;

/** Replaces a round's results: one statement per chunk, the rows passed as one JSON document. */
export async function writeResults(ex: Executor, roundId: string, records: readonly ResultRecord[], progress: (done: number) => void): Promise<void> {
  await ex.execute(sql`DELETE FROM rating_result WHERE round_id = ${roundId}`);
  for (let i = 0; i < records.length; i += CHUNK) {
    const chunk = records.slice(i, i + CHUNK);
    await ex.execute(sql`INSERT INTO rating_result (round_id, org_node_id, total, level, computed_level, band_level, hard_cap, previous_level,
        flags, categories, criteria, evaluated_at)
      SELECT ${roundId}, x."orgId", x.total, x.level, x."computedLevel", x."bandLevel", x."hardCap", x."previousLevel",
             x.flags, x.categories, x.criteria, x."evaluatedAt"
      FROM jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) AS x("orgId" uuid, total numeric, level int, "computedLevel" int,
        "bandLevel" int, "hardCap" int, "previousLevel" int, flags jsonb, categories jsonb, criteria jsonb, "evaluatedAt" timestamptz)`);
    progress(i + chunk.length);
  }
}
