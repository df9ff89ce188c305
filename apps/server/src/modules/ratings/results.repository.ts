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
  /** The stored inputs (`packInputs`), as JSON. */
  criteria: string;
  evaluatedAt: string;
};

function valuesOf(roundId: string, records: readonly ResultRecord[]): SQL {
  return sql.join(
    records.map(
      (r) => sql`(${roundId}, ${r.orgId}, ${r.total}, ${r.level}, ${r.computedLevel}, ${r.bandLevel}, ${r.hardCap}, ${r.previousLevel},
                  ${JSON.stringify(r.flags)}::jsonb, ${JSON.stringify(r.categories)}::jsonb, ${r.criteria}::json, ${r.evaluatedAt})`,
    ),
    sql`, `,
  );
}

export type ResultWriter = {
  /** Sends a chunk of rows once the chunk before it is stored, and returns without waiting for this one. */
  add(records: readonly ResultRecord[]): Promise<void>;
  /** Waits for the last chunk. */
  finish(): Promise<void>;
};

/**
 * Replaces a round's results chunk by chunk: the caller makes the next chunk while the database stores
 * the last one. Each value is its own parameter (the database reads it with the column type's own
 * input, where one JSON document of the rows would be parsed whole and then again field by field).
 */
export async function resultWriter(ex: Executor, roundId: string): Promise<ResultWriter> {
  await ex.execute(sql`DELETE FROM rating_result WHERE round_id = ${roundId}`);
  let storing: Promise<unknown> = Promise.resolve();
  return {
    async add(records) {
      await storing;
      if (records.length === 0) return;
      // `then` sends the statement now (a query is only sent when awaited).
      storing = ex
        .execute(sql`INSERT INTO rating_result (round_id, org_node_id, total, level, computed_level, band_level, hard_cap, previous_level,
          flags, categories, criteria, evaluated_at) VALUES ${valuesOf(roundId, records)}`)
        .then(() => undefined);
      // Its failure is reported by the next `add` or by `finish`; until then it must not count as unhandled.
      storing.catch(() => undefined);
      // Hands the statement to the connection before the caller goes back to work that never yields.
      await new Promise<void>((resolve) => setImmediate(resolve));
    },
    async finish() {
      await storing;
    },
  };
}

/** Sets the level and flags of the results the rules over all orgs changed (quotas, one step up, overrides). */
export async function settleLevels(ex: Executor, roundId: string, changes: readonly { orgId: string; level: number | null; flags: Record<string, unknown> }[]) {
  // Three parameters a row, in statements well within the protocol's 65,535.
  for (let i = 0; i < changes.length; i += 5000) {
    const values = sql.join(
      changes.slice(i, i + 5000).map((c) => sql`(${c.orgId}::uuid, ${c.level}::int, ${JSON.stringify(c.flags)}::jsonb)`),
      sql`, `,
    );
    await ex.execute(sql`UPDATE rating_result r SET level = x.level, flags = x.flags
      FROM (VALUES ${values}) AS x(org, level, flags) WHERE r.round_id = ${roundId} AND r.org_node_id = x.org`);
  }
}
