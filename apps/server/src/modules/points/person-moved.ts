import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import type { FactChange } from '../../platform/fact-events';
import { inUuids } from '../../platform/sql-helpers';

/**
 * A person moved to another organisation: their stored balances follow them, so the branch figures
 * count the year's points where the member now is (entries keep the organisation they were made in).
 */
export async function pointsFollowPerson(ex: Executor, change: FactChange): Promise<void> {
  if (change.sourceType !== 'person' || change.sourceIds.length === 0) return;
  await ex.execute(sql`UPDATE point_balance b SET org_node_id = p.org_node_id
    FROM person p WHERE p.id = b.person_id AND b.org_node_id <> p.org_node_id AND ${inUuids(sql`b.person_id`, change.sourceIds)}`);
}
