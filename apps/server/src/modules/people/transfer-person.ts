import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { requireOrgsInScope } from '../../platform/access';
import { todayIn } from '../../platform/clock';
import { auditActor, type RequestContext } from '../../platform/context';
import { factsChanged } from '../../platform/fact-events';
import { one, type Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { checkPlacement } from './person-checks';
import { getPersonRow, insertPersonHistory, rollMembership } from './people.repository';
import type { TransferPersonInput } from './people.schemas';

/** Moves a person to another org node (and group) inside the actor's scope; the old placement stays in history. */
export async function transferPerson(
  ex: Executor,
  ctx: RequestContext,
  id: string,
  input: TransferPersonInput,
): Promise<void> {
  const row = await getPersonRow(ex, id, { forUpdate: true });
  if (!row) throw notFound();
  await requireOrgsInScope(ex, ctx.actor, 'person:write', [row.orgNodeId]);
  const partyGroupId = input.partyGroupId ?? null;
  await checkPlacement(ex, ctx, input.orgNodeId, partyGroupId);
  if (row.version !== input.version) throw new AppError('CONFLICT');
  if (row.orgNodeId === input.orgNodeId && row.partyGroupId === partyGroupId) throw new AppError('PERSON_TRANSFER_SAME_ORG');
  if (input.effectiveOn > todayIn(ctx.timeZone)) {
    throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'effectiveOn', message: 'future' }] });
  }
  // The new placement cannot start before the current one did (membership periods must not overlap).
  const current = await one<{ validFrom: string }>(
    ex,
    sql`SELECT valid_from AS "validFrom" FROM membership_period WHERE person_id = ${id} AND valid_to IS NULL`,
  );
  if (current && input.effectiveOn < current.validFrom) {
    throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'effectiveOn', message: `before ${current.validFrom}` }] });
  }
  const at = new Date().toISOString();
  await ex.execute(sql`UPDATE person SET org_node_id = ${input.orgNodeId}, party_group_id = ${partyGroupId},
      version = version + 1, updated_at = ${at} WHERE id = ${id}`);
  await factsChanged(ex, { sourceType: 'person', sourceIds: [id] });
  await rollMembership(ex, {
    id: newId(),
    personId: id,
    orgNodeId: input.orgNodeId,
    partyGroupId,
    partyStatus: row.partyStatus,
    from: input.effectiveOn,
  });
  const before = { orgNodeId: row.orgNodeId, orgName: row.orgName, partyGroupId: row.partyGroupId };
  const after = { orgNodeId: input.orgNodeId, partyGroupId };
  await insertPersonHistory(ex, {
    id: newId(),
    personId: id,
    kind: 'transferred',
    before,
    after,
    effectiveOn: input.effectiveOn,
    note: input.note ?? null,
    at,
    actorAccountId: ctx.actor.accountId,
  });
  await recordAudit(ex, auditActor(ctx), { action: 'person.transfer', entityType: 'person', entityId: id, before, after });
}
