import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { requireOrgsInScope } from '../../platform/access';
import { auditActor, type RequestContext } from '../../platform/context';
import { rows, type Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { committeeOn } from '../orgs/index';
import { membersOn, personNames, placementsOf } from '../people/index';
import { talkCoverage } from './rules/talk-coverage';

export const TALK_TRIGGERS = ['routine', 'job_change', 'transfer_in', 'commendation', 'hardship', 'confirmation', 'appraisal_feedback', 'other'] as const;

export type TalkInput = {
  orgNodeId: string;
  talkedOn: string;
  initiatorPersonId: string;
  partnerPersonId: string;
  trigger: (typeof TALK_TRIGGERS)[number];
  topic: string;
  followUp?: string | null;
};

export async function recordTalk(ex: Executor, ctx: RequestContext, input: TalkInput): Promise<{ id: string }> {
  await requireOrgsInScope(ex, ctx.actor, 'meeting:write', [input.orgNodeId]);
  if (input.initiatorPersonId === input.partnerPersonId) {
    throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'partnerPersonId', message: 'same person' }] });
  }
  const found = await placementsOf(ex, [input.initiatorPersonId, input.partnerPersonId]);
  if (found.size !== 2) throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'partnerPersonId', message: 'unknown person' }] });
  const id = newId();
  await ex.execute(sql`INSERT INTO talk (id, org_node_id, talked_on, initiator_person_id, partner_person_id, trigger, topic, follow_up, created_by)
    VALUES (${id}, ${input.orgNodeId}, ${input.talkedOn}, ${input.initiatorPersonId}, ${input.partnerPersonId}, ${input.trigger},
      ${input.topic}, ${input.followUp ?? null}, ${ctx.actor.accountId})`);
  await recordAudit(ex, auditActor(ctx), { action: 'talk.create', entityType: 'talk', entityId: id, after: input });
  return { id };
}

export async function findTalks(ex: Executor, ctx: RequestContext, orgId: string, year: number) {
  await requireOrgsInScope(ex, ctx.actor, 'meeting:read', [orgId]);
  return rows<{ id: string; talkedOn: string; initiatorName: string; partnerName: string; trigger: string; topic: string; followUp: string | null }>(
    ex,
    sql`SELECT t.id, t.talked_on AS "talkedOn", a.name AS "initiatorName", b.name AS "partnerName", t.trigger, t.topic,
               t.follow_up AS "followUp"
        FROM talk t JOIN person a ON a.id = t.initiator_person_id JOIN person b ON b.id = t.partner_person_id
        WHERE t.org_node_id = ${orgId} AND t.talked_on >= ${`${year}-01-01`} AND t.talked_on < ${`${year + 1}-01-01`}
        ORDER BY t.talked_on DESC`,
  );
}

/** The yearly coverage matrix of required pairs for one branch, with names, showing who is missing. */
export async function talkCoverageOf(ex: Executor, ctx: RequestContext, orgId: string, year: number, today: string) {
  await requireOrgsInScope(ex, ctx.actor, 'meeting:read', [orgId]);
  const onDate = today < `${year}-12-31` ? today : `${year}-12-31`;
  const [committee, members, talks] = await Promise.all([
    committeeOn(ex, orgId, onDate),
    membersOn(ex, { orgNodeId: orgId, date: onDate }),
    rows<{ a: string; b: string }>(
      ex,
      sql`SELECT initiator_person_id AS a, partner_person_id AS b FROM talk
          WHERE org_node_id = ${orgId} AND talked_on >= ${`${year}-01-01`} AND talked_on < ${`${year + 1}-01-01`}`,
    ),
  ]);
  const c = talkCoverage(
    committee.map((x) => x.personId),
    members.map((m) => m.personId),
    talks,
  );
  const names = await personNames(ex, [...committee.map((x) => x.personId), ...members.map((m) => m.personId)]);
  const n = (id: string) => ({ personId: id, name: names.get(id) ?? '' });
  return {
    year,
    committee: committee.map((x) => ({ ...n(x.personId), post: x.post })),
    committeePairs: c.committeePairs.map((p) => ({ a: n(p.a), b: n(p.b), talks: p.talks })),
    members: c.members.map((m) => ({ ...n(m.personId), talks: m.talks, with: m.with.map((w) => n(w)) })),
    missingMembers: c.missingMembers.map(n),
    required: c.required,
    covered: c.covered,
  };
}
