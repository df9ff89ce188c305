import type { CommitteePost } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { saveTerm } from '../../apps/server/src/modules/orgs/index';
import { recordAudit } from '../../apps/server/src/platform/audit';
import { addMonths, addYears } from '../../apps/server/src/platform/clock';
import { auditActor, type RequestContext } from '../../apps/server/src/platform/context';
import type { Executor } from '../../apps/server/src/platform/db';
import { newId } from '../../apps/server/src/platform/ids';
import type { Rng } from '../../apps/server/src/seed/random';
import type { GeneralNode } from './org-tree';
import type { MemberRow } from './people';

const COMMITTEE: CommitteePost[] = ['secretary', 'organization', 'propaganda', 'discipline'];

type GroupTerm = { termId: string; orgId: string; personId: string; startsOn: string; endsOn: string };
const GROUP_NOTE = '支委会指定';

/**
 * Committee terms: each branch elects a committee through saveTerm (a secretary alone below seven
 * full members), and so does the 党总支 (secretary and organisation member). A few branches have an
 * overdue term or none at all, so that the warnings have work. Party group leaders (2–3 per branch)
 * are written set-based instead: through saveTerm they took 60% of a 10,000-branch run on
 * PostgreSQL (≈ 6 ms and 11 round trips each). They get the rows and audit entries saveTerm writes
 * for a new group's first term (no earlier term to close).
 */
export async function saveTerms(
  tx: Executor,
  ctx: RequestContext,
  rng: Rng,
  general: GeneralNode,
  members: MemberRow[],
  today: string,
): Promise<number> {
  const byBranch = new Map<string, MemberRow[]>();
  for (const m of members) byBranch.set(m.orgNodeId, [...(byBranch.get(m.orgNodeId) ?? []), m]);
  let terms = 0;
  const groupTerms: GroupTerm[] = [];
  const generalPosts: { personId: string; post: CommitteePost }[] = [];
  for (const b of general.branches) {
    const full = byBranch.get(b.id) ?? [];
    if (full.length === 0 || rng.chance(0.03)) continue;
    // Terms last three years; 5% ended a few months ago (overdue election).
    const startsOn = rng.chance(0.05) ? addMonths(today, -rng.int(37, 42)) : addMonths(today, -rng.int(1, 34));
    const endsOn = addYears(startsOn, 3);
    const posts = (full.length >= 7 ? COMMITTEE : COMMITTEE.slice(0, 1)).map((post, i) => ({ personId: full[i]!.id, post }));
    await saveTerm(tx, ctx, b.id, { startsOn, endsOn, electedOn: startsOn, note: '支部党员大会选举产生', posts });
    terms++;
    for (const g of b.groups) {
      const leader = full.find((m) => m.partyGroupId === g.id);
      if (leader) groupTerms.push({ termId: newId(), orgId: g.id, personId: leader.id, startsOn, endsOn });
    }
    if (generalPosts.length === 0 && full.length >= 6) {
      generalPosts.push({ personId: full[4]!.id, post: 'secretary' }, { personId: full[5]!.id, post: 'organization' });
    }
  }
  terms += await writeGroupTerms(tx, ctx, groupTerms);
  if (generalPosts.length > 0) {
    const startsOn = addMonths(today, -rng.int(1, 30));
    await saveTerm(tx, ctx, general.id, { startsOn, endsOn: addYears(startsOn, 3), electedOn: startsOn, note: null, posts: generalPosts });
    terms++;
  }
  return terms;
}

async function writeGroupTerms(tx: Executor, ctx: RequestContext, list: GroupTerm[]): Promise<number> {
  if (list.length === 0) return 0;
  const payload = JSON.stringify(list);
  await tx.execute(sql`INSERT INTO committee_term (id, org_node_id, starts_on, ends_on, elected_on, note)
    SELECT (x->>'termId')::uuid, (x->>'orgId')::uuid, (x->>'startsOn')::date, (x->>'endsOn')::date, NULL, ${GROUP_NOTE}
    FROM jsonb_array_elements(${payload}::jsonb) x`);
  const posts = JSON.stringify(list.map((t) => ({ ...t, postId: newId() })));
  await tx.execute(sql`INSERT INTO committee_post (id, term_id, org_node_id, person_id, post, from_on)
    SELECT (x->>'postId')::uuid, (x->>'termId')::uuid, (x->>'orgId')::uuid, (x->>'personId')::uuid, 'group_leader',
           (x->>'startsOn')::date
    FROM jsonb_array_elements(${posts}::jsonb) x`);
  await recordAudit(
    tx,
    auditActor(ctx),
    list.map((t) => ({
      action: 'org.term.create',
      entityType: 'committee_term',
      entityId: t.termId,
      after: {
        orgId: t.orgId,
        startsOn: t.startsOn,
        endsOn: t.endsOn,
        electedOn: null,
        note: GROUP_NOTE,
        posts: [{ personId: t.personId, post: 'group_leader' }],
      },
    })),
  );
  return list.length;
}
