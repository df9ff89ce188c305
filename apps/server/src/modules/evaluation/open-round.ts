import { activeRaterGroups } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { todayIn } from '../../platform/clock';
import { auditActor, type RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { committeeOn } from '../orgs/index';
import { membersOn } from '../people/index';
import { managedRound, requireStatus } from './round-access';
import { setStatus } from './rounds.repository';
import { assignRaters } from './rules/index';
import { createStaffLinks, type StaffLink } from './staff-links';

export type OpenRoundResult = { ratees: number; sheets: number; staffLinks: StaffLink[] };

/**
 * Opens a draft round. The roster is the branch's full and probationary members today (they are rated
 * and rate each other), the branch committee rates as `branch`, and `staffLinks` one-time anonymous
 * links are issued for non-member colleagues: their plaintext is in this response and nowhere else.
 */
export async function openRound(
  ex: Executor,
  ctx: RequestContext,
  roundId: string,
  input: { staffLinks: number },
): Promise<OpenRoundResult> {
  const round = await managedRound(ex, ctx, roundId, 'update');
  requireStatus(round, 'draft');
  const on = todayIn(ctx.timeZone);
  const members = await membersOn(ex, { orgNodeId: round.orgNodeId, date: on });
  if (members.length === 0) throw new AppError('EVALUATION_NO_RATEES');
  const committee = (await committeeOn(ex, round.orgNodeId, on)).map((c) => c.personId);
  // Staff rate through links, not as assigned people: the sheets below are the signed-in groups only.
  const groups = activeRaterGroups(round.template).filter((g) => g !== 'staff');
  const assignments = assignRaters(
    members.map((m) => m.personId),
    [],
    { committee, groups, ...(round.peerSample ? { peerSample: round.peerSample } : {}), seed: round.seed },
  );

  const ratees = JSON.stringify(members.map((m) => ({ person_id: m.personId, party_status: m.partyStatus })));
  await ex.execute(sql`INSERT INTO evaluation_ratee (round_id, person_id, party_status)
    SELECT ${round.id}, x.person_id, x.party_status FROM jsonb_to_recordset(${ratees}::jsonb) AS x(person_id uuid, party_status text)`);
  const sheets = JSON.stringify(
    assignments.map((a) => ({ id: newId(), ratee_id: a.rateeId, rater_group: a.group, rater_id: a.raterId })),
  );
  await ex.execute(sql`INSERT INTO evaluation_sheet (id, round_id, ratee_id, rater_group, rater_id)
    SELECT x.id, ${round.id}, x.ratee_id, x.rater_group, x.rater_id
    FROM jsonb_to_recordset(${sheets}::jsonb) AS x(id uuid, ratee_id uuid, rater_group text, rater_id uuid)`);
  const staffLinks = await createStaffLinks(ex, round.id, input.staffLinks);
  await setStatus(ex, round.id, 'open', sql`, roster_on = ${on}, opened_at = now()`);
  await recordAudit(ex, auditActor(ctx), {
    action: 'evaluation_round.open',
    entityType: 'evaluation_round',
    entityId: round.id,
    before: { status: 'draft' },
    after: {
      status: 'open',
      rosterOn: on,
      ratees: members.length,
      sheets: assignments.length,
      staffLinks: input.staffLinks,
    },
  });
  return { ratees: members.length, sheets: assignments.length, staffLinks };
}
