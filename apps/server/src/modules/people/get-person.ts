import { maskIdNumber, maskPhone } from '@zhibu/shared';
import { can, orgsInScope } from '../../platform/access';
import { todayIn } from '../../platform/clock';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { getPersonRow, historyOfPerson, membershipsOf } from './people.repository';
import type { PersonDetail } from './people.schemas';
import { presentListItem } from './person-presenter';

/** One person with history. Readable inside the actor's person:read scope, or one's own record. */
export async function getPerson(ex: Executor, ctx: RequestContext, id: string): Promise<PersonDetail> {
  const row = await getPersonRow(ex, id);
  if (!row) throw notFound();
  const own = ctx.actor.personId === id;
  const readable = (await orgsInScope(ex, ctx.actor, 'person:read', [row.orgNodeId])).has(row.orgNodeId);
  if (!readable && !own) throw notFound();
  const sensitive =
    own ||
    (can(ctx.actor, 'person:read-sensitive') &&
      (await orgsInScope(ex, ctx.actor, 'person:read-sensitive', [row.orgNodeId])).has(row.orgNodeId));
  const writable = (await orgsInScope(ex, ctx.actor, 'person:write', [row.orgNodeId])).has(row.orgNodeId);
  const [history, memberships] = await Promise.all([historyOfPerson(ex, id), membershipsOf(ex, id)]);
  return {
    ...presentListItem(row, todayIn(ctx.timeZone), sensitive),
    ethnicity: row.ethnicity,
    businessUnitId: row.businessUnitId,
    joinedWorkOn: row.joinedWorkOn,
    appliedOn: row.appliedOn,
    activistOn: row.activistOn,
    developmentOn: row.developmentOn,
    excludedFromQuorum: row.excludedFromQuorum,
    quorumExclusionReason: row.quorumExclusionReason,
    quorumExclusionRef: row.quorumExclusionRef,
    version: row.version,
    sensitiveVisible: sensitive,
    history: sensitive ? history : history.map((h) => ({ ...h, before: maskFields(h.before), after: maskFields(h.after) })),
    memberships,
    abilities: { update: writable, transfer: writable },
  };
}

/** History diffs may hold ID and phone numbers: mask them for viewers who may not see them. */
function maskFields(v: unknown): unknown {
  if (!v || typeof v !== 'object') return v;
  const o = { ...(v as Record<string, unknown>) };
  if (typeof o.idNumber === 'string') o.idNumber = maskIdNumber(o.idNumber);
  if (typeof o.phone === 'string') o.phone = maskPhone(o.phone);
  return o;
}
