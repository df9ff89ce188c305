import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../platform/db';
import type { JobProgress } from '../../platform/jobs';
import { pointsFromFacts } from './points-from-facts';

const CHUNK = 200;

/**
 * When a rule set is published for a year already under way, the meetings held so far that year by
 * members of its scope and not yet scored (no rule set covered them when they were recorded) score now,
 * through the same reconciliation a meeting's edit runs. Meetings already scored keep their entries
 * under the version they were made with. Runs as a job after the publication, a chunk of meetings per
 * transaction; running it again changes nothing.
 */
export async function scorePastMeetings(db: Db, ruleSet: { scopePath: string; year: number }, progress?: JobProgress): Promise<{ meetings: number }> {
  const ids = await rows<{ id: string }>(
    db,
    sql`SELECT DISTINCT f.source_id AS id FROM fact f
          JOIN person p ON p.id = f.person_id JOIN org_node o ON o.id = p.org_node_id
        WHERE f.source_type = 'meeting' AND f.kind IN ('attended', 'lesson_given')
          AND f.on_date >= ${`${ruleSet.year}-01-01`} AND f.on_date < ${`${ruleSet.year + 1}-01-01`}
          AND o.path LIKE ${`${ruleSet.scopePath}%`}
          AND NOT EXISTS (SELECT 1 FROM point_entry e WHERE e.source_type = 'meeting' AND e.source_id = f.source_id)
        ORDER BY 1`,
  );
  progress?.(0, ids.length);
  for (let i = 0; i < ids.length; i += CHUNK) {
    const sourceIds = ids.slice(i, i + CHUNK).map((r) => r.id);
    await db.transaction((tx) => pointsFromFacts(tx, { sourceType: 'meeting', sourceIds }));
    progress?.(Math.min(i + CHUNK, ids.length), ids.length);
  }
  return { meetings: ids.length };
}
