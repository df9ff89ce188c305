import { sql } from 'drizzle-orm';
import { inScope } from '../../platform/access';
import { todayIn } from '../../platform/clock';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { findOrgRows, getOrgRow } from './orgs.repository';
import { warningsForOrgs } from './warnings-for-orgs';

/** Every warning in the actor's scope (optionally under one node), filterable by code and severity. */
export async function findOrgWarnings(
  ex: Executor,
  ctx: RequestContext,
  filter: { code?: string; severity?: 'red' | 'yellow'; underId?: string },
) {
  let under = sql`true`;
  if (filter.underId) {
    const u = await getOrgRow(ex, filter.underId);
    under = u ? sql`n.path LIKE ${`${u.path}%`}` : sql`false`;
  }
  const nodes = await findOrgRows(
    ex,
    sql`${inScope(ctx.actor, 'org:read', sql`n.path`)} AND n.dissolved_at IS NULL AND ${under}`,
  );
  const { warnings } = await warningsForOrgs(ex, nodes, todayIn(ctx.timeZone));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out = [];
  for (const n of nodes) {
    for (const w of warnings.get(n.id) ?? []) {
      if (filter.code && w.code !== filter.code) continue;
      if (filter.severity && w.severity !== filter.severity) continue;
      out.push({
        orgId: n.id,
        orgName: n.name,
        orgType: n.type,
        parentName: n.parentId ? (byId.get(n.parentId)?.name ?? null) : null,
        warning: w,
      });
    }
  }
  return out;
}
