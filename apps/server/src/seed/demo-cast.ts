import type { Role } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { committeeOn } from '../modules/orgs/index';
import { buildActor } from '../platform/access';
import type { RequestContext } from '../platform/context';
import { one, rows, type Executor } from '../platform/db';
import { SYSTEM_ACCOUNT_ID, systemContext } from '../platform/system-actor';

// Who takes part in the demo's year of activity, read back from the enterprise seedDemo built: the
// branches with a committee term, their office holders and Party groups, and the demo accounts. Reading
// it back (instead of threading it out of seedDemo) lets the activity run on any demo database.

export type DemoGroup = { id: string; name: string; leaderId: string | null };

export type DemoBranch = {
  id: string;
  code: string;
  name: string;
  path: string;
  /** 机关 branches meet in a meeting room; workshop branches in their unit's 党员活动室. */
  office: boolean;
  unitName: string;
  secretaryId: string;
  /** Current committee posts (书记 first); a branch under 7 full members has only its secretary. */
  committee: { personId: string; post: string }[];
  groups: DemoGroup[];
};

export type DemoCast = {
  root: { id: string; path: string; name: string };
  /** The system actor, as committee administrator at the root. */
  ctx: RequestContext;
  today: string;
  year: number;
  branches: DemoBranch[];
  /** Person records of the demo accounts `secretary` and `member` (both in ZS-01). */
  demoSecretaryId: string;
  demoMemberId: string;
  /** Contexts of the demo accounts, for what only the person themselves does (claims, rating sheets). */
  accountContext(username: string): Promise<RequestContext>;
};

const POST_ORDER = ['secretary', 'deputy_secretary', 'organization', 'propaganda', 'discipline'];

export async function loadCast(ex: Executor, timeZone: string, rootId: string, today: string): Promise<DemoCast> {
  const root = (await one<{ id: string; path: string; name: string }>(ex, sql`SELECT id, path, name FROM org_node WHERE id = ${rootId}`))!;
  const ctx = systemContext(root, timeZone);
  const list = await rows<{ id: string; code: string; name: string; path: string; unitType: string | null; unitName: string | null }>(
    ex,
    sql`SELECT o.id, o.code, o.name, o.path, u.type AS "unitType", u.name AS "unitName"
        FROM org_node o LEFT JOIN business_unit u ON u.id = o.business_unit_id
        WHERE o.type = 'branch' AND o.dissolved_at IS NULL AND o.path LIKE ${`${root.path}%`}
        ORDER BY o.path`,
  );
  const branches: DemoBranch[] = [];
  for (const b of list) {
    const committee = (await committeeOn(ex, b.id, today)).sort((x, y) => POST_ORDER.indexOf(x.post) - POST_ORDER.indexOf(y.post));
    const secretary = committee.find((c) => c.post === 'secretary');
    // A branch without a term has nobody to call its meetings: the demo leaves it idle.
    if (!secretary) continue;
    const groups = await rows<DemoGroup>(
      ex,
      sql`SELECT g.id, g.name,
                 (SELECT cp.person_id FROM committee_post cp
                  WHERE cp.org_node_id = g.id AND cp.post = 'group_leader' AND cp.to_on IS NULL LIMIT 1) AS "leaderId"
          FROM org_node g WHERE g.parent_id = ${b.id} AND g.type = 'group' AND g.dissolved_at IS NULL ORDER BY g.code`,
    );
    const { unitType, unitName, ...org } = b;
    branches.push({ ...org, office: unitType === 'department', unitName: unitName ?? b.name, secretaryId: secretary.personId, committee, groups });
  }
  const accountPeople = await rows<{ username: string; personId: string | null }>(
    ex,
    sql`SELECT username, person_id AS "personId" FROM account WHERE username IN ('secretary', 'member')`,
  );
  const personOf = (u: string) => accountPeople.find((a) => a.username === u)?.personId;
  return {
    root,
    ctx,
    today,
    year: Number(today.slice(0, 4)),
    branches,
    demoSecretaryId: personOf('secretary')!,
    demoMemberId: personOf('member')!,
    accountContext: (username) => accountContext(ex, timeZone, username),
  };
}

/** The context a demo account acts in once signed in (the same actor the session would load). */
async function accountContext(ex: Executor, timeZone: string, username: string): Promise<RequestContext> {
  const a = (await one<{ id: string; displayName: string; personId: string | null }>(
    ex,
    sql`SELECT id, display_name AS "displayName", person_id AS "personId" FROM account WHERE username = ${username}`,
  ))!;
  const assignments = await rows<{ id: string; role: Role; orgNodeId: string; orgPath: string; orgName: string }>(
    ex,
    sql`SELECT r.id, r.role, r.org_node_id AS "orgNodeId", n.path AS "orgPath", n.name AS "orgName"
        FROM role_assignment r JOIN org_node n ON n.id = r.org_node_id
        WHERE r.account_id = ${a.id} ORDER BY r.granted_at`,
  );
  return { actor: buildActor({ accountId: a.id, username, displayName: a.displayName, personId: a.personId, assignments }), ip: null, timeZone };
}

/**
 * A member of a branch acting for themselves (rating colleagues) though the demo gave them no account:
 * the system account, named after the person, with the member role in their branch.
 */
export function memberContext(branch: DemoBranch, person: { id: string; name: string }, timeZone: string): RequestContext {
  const actor = buildActor({
    accountId: SYSTEM_ACCOUNT_ID,
    username: 'system',
    displayName: person.name,
    personId: person.id,
    assignments: [{ id: SYSTEM_ACCOUNT_ID, role: 'member', orgNodeId: branch.id, orgPath: branch.path, orgName: branch.name }],
  });
  return { actor, ip: null, timeZone };
}
