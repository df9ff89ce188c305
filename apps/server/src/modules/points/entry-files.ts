import { sql } from 'drizzle-orm';
import { orgsInScope } from '../../platform/access';
import type { RequestContext } from '../../platform/context';
import { one, type Executor } from '../../platform/db';
import { notFound } from '../../platform/errors';

/**
 * An evidence file of a points entry, for its owner, for the branch that reviews the member (points:read)
 * and for the committee deciding an appeal (points:decide). Anyone else: not found.
 */
export async function readableEntryFile(ex: Executor, ctx: RequestContext, entryId: string, fileId: string) {
  const f = await one<{ personId: string; orgNodeId: string; fileName: string; mime: string; storageKey: string; thumbKey: string | null }>(
    ex,
    sql`SELECT e.person_id AS "personId", e.org_node_id AS "orgNodeId", f.file_name AS "fileName", f.mime, f.storage_key AS "storageKey",
               f.thumb_key AS "thumbKey"
        FROM attachment f JOIN point_entry e ON e.id = f.owner_id
        WHERE f.id = ${fileId} AND f.owner_type = 'point_entry' AND e.id = ${entryId}`,
  );
  if (!f) throw notFound();
  if (f.personId !== ctx.actor.personId) {
    const [reader, decider] = await Promise.all([
      orgsInScope(ex, ctx.actor, 'points:read', [f.orgNodeId]),
      orgsInScope(ex, ctx.actor, 'points:decide', [f.orgNodeId]),
    ]);
    if (!reader.has(f.orgNodeId) && !decider.has(f.orgNodeId)) throw notFound();
  }
  return f;
}
