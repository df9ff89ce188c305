import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { requireOrgsInScope } from '../../platform/access';
import { todayIn } from '../../platform/clock';
import { auditActor, type RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { checkBusinessUnit, checkDates, checkIdNumberFree } from './person-checks';
import { getPersonRow, insertPersonHistory, rollMembership, type PersonRow } from './people.repository';
import type { UpdatePersonInput } from './people.schemas';

const EDITABLE = [
  'name',
  'gender',
  'ethnicity',
  'birthDate',
  'idNumber',
  'phone',
  'education',
  'jobPost',
  'title',
  'businessUnitId',
  'joinedWorkOn',
  'partyStatus',
  'appliedOn',
  'activistOn',
  'developmentOn',
  'admittedOn',
  'confirmedOn',
  'excludedFromQuorum',
  'quorumExclusionReason',
  'quorumExclusionRef',
] as const;
type Editable = (typeof EDITABLE)[number];

/** Edits a person's fields. A change of Party status also opens a new membership period. */
export async function updatePerson(ex: Executor, ctx: RequestContext, id: string, input: UpdatePersonInput): Promise<void> {
  const row = await getPersonRow(ex, id, { forUpdate: true });
  if (!row) throw notFound();
  await requireOrgsInScope(ex, ctx.actor, 'person:write', [row.orgNodeId]);
  if (row.version !== input.version) throw new AppError('CONFLICT');
  const before: Partial<Record<Editable, unknown>> = {};
  const after: Partial<Record<Editable, unknown>> = {};
  for (const f of EDITABLE) {
    const v = input[f];
    if (v === undefined || v === row[f]) continue;
    before[f] = row[f];
    after[f] = v;
  }
  if (Object.keys(after).length === 0) return;
  const next = { ...row, ...after } as PersonRow;
  const today = todayIn(ctx.timeZone);
  checkDates(next, today);
  if ('idNumber' in after) await checkIdNumberFree(ex, next.idNumber, id);
  if ('businessUnitId' in after) await checkBusinessUnit(ex, next.businessUnitId);
  const at = new Date().toISOString();
  await ex.execute(sql`UPDATE person SET name = ${next.name}, gender = ${next.gender}, ethnicity = ${next.ethnicity},
      birth_date = ${next.birthDate}, id_number = ${next.idNumber}, phone = ${next.phone}, education = ${next.education},
      job_post = ${next.jobPost}, title = ${next.title}, business_unit_id = ${next.businessUnitId},
      joined_work_on = ${next.joinedWorkOn}, party_status = ${next.partyStatus}, applied_on = ${next.appliedOn},
      activist_on = ${next.activistOn}, development_on = ${next.developmentOn}, admitted_on = ${next.admittedOn},
      confirmed_on = ${next.confirmedOn}, excluded_from_quorum = ${next.excludedFromQuorum},
      quorum_exclusion_reason = ${next.quorumExclusionReason}, quorum_exclusion_ref = ${next.quorumExclusionRef},
      version = version + 1, updated_at = ${at}
    WHERE id = ${id}`);
  const statusChanged = 'partyStatus' in after;
  if (statusChanged) {
    await rollMembership(ex, {
      id: newId(),
      personId: id,
      orgNodeId: row.orgNodeId,
      partyGroupId: row.partyGroupId,
      partyStatus: next.partyStatus,
      from: today,
    });
  }
  await insertPersonHistory(ex, {
    id: newId(),
    personId: id,
    kind: statusChanged ? 'status_changed' : 'updated',
    before,
    after,
    effectiveOn: today,
    note: null,
    at,
    actorAccountId: ctx.actor.accountId,
  });
  await recordAudit(ex, auditActor(ctx), { action: 'person.update', entityType: 'person', entityId: id, before, after });
}
