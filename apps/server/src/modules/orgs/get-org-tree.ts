import { sql } from 'drizzle-orm';
import { inScope } from '../../platform/access';
import { todayIn } from '../../platform/clock';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import type { OrgTreeNode } from './orgs.schemas';
import { findOrgRows } from './orgs.repository';
import { warningsForOrgs } from './warnings-for-orgs';

/** The part of the tree the actor may read, with member counts per subtree (rolled up along paths). */
export async function getOrgTree(
  ex: Executor,
  ctx: RequestContext,
  opts: { includeDissolved: boolean },
): Promise<OrgTreeNode[]> {
  const nodes = await findOrgRows(
    ex,
    sql`${inScope(ctx.actor, 'org:read', sql`n.path`)} ${opts.includeDissolved ? sql`` : sql`AND n.dissolved_at IS NULL`}`,
  );
  const { counts, warnings } = await warningsForOrgs(ex, nodes, todayIn(ctx.timeZone));
  const members = new Map<string, number>();
  const people = new Map<string, number>();
  for (const n of nodes) {
    const c = counts.get(n.id);
    if (!c) continue;
    // Each node's path lists its ancestors: add the direct counts to every one of them.
    for (const ancestor of n.path.split('/').filter(Boolean)) {
      members.set(ancestor, (members.get(ancestor) ?? 0) + c.fullMembers + c.probationary);
      people.set(ancestor, (people.get(ancestor) ?? 0) + c.people);
    }
  }
  const visible = new Set(nodes.map((n) => n.id));
  return nodes.map((n) => ({
    id: n.id,
    // A scope root's parent is outside the actor's view: present it as a root.
    parentId: n.parentId && visible.has(n.parentId) ? n.parentId : null,
    type: n.type,
    name: n.name,
    shortName: n.shortName,
    code: n.code,
    isJoint: n.isJoint,
    isTemporary: n.isTemporary,
    dissolved: n.dissolvedAt !== null,
    memberCount: members.get(n.id) ?? 0,
    peopleCount: people.get(n.id) ?? 0,
    warningCount: warnings.get(n.id)?.length ?? 0,
  }));
}
