import { checkIdNumber } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { todayIn } from '../../platform/clock';
import { auditActor, type RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { newId } from '../../platform/ids';
import { checkBusinessUnit, checkDates, checkIdNumberFree, checkPlacement } from './person-checks';
import { insertPersonHistory, rollMembership } from './people.repository';
import type { CreatePersonInput } from './people.schemas';

export async function createPerson(ex: Executor, ctx: RequestContext, input: CreatePersonInput): Promise<{ id: string }> {
  const today = todayIn(ctx.timeZone);
  const partyGroupId = input.partyGroupId ?? null;
  await checkPlacement(ex, ctx, input.orgNodeId, partyGroupId);
  const id = input.idNumber ? checkIdNumber(input.idNumber) : null;
  const p = {
    name: input.name,
    gender: input.gender,
    ethnicity: input.ethnicity ?? null,
    birthDate: input.birthDate ?? (id?.ok ? id.birthDate : null),
    idNumber: input.idNumber ?? null,
    phone: input.phone ?? null,
    education: input.education ?? null,
    jobPost: input.jobPost ?? null,
    title: input.title ?? null,
    businessUnitId: input.businessUnitId ?? null,
    orgNodeId: input.orgNodeId,
    partyGroupId,
    joinedWorkOn: input.joinedWorkOn ?? null,
    partyStatus: input.partyStatus,
    appliedOn: input.appliedOn ?? null,
    activistOn: input.activistOn ?? null,
    developmentOn: input.developmentOn ?? null,
    admittedOn: input.admittedOn ?? null,
    confirmedOn: input.confirmedOn ?? null,
    excludedFromQuorum: input.excludedFromQuorum ?? false,
    quorumExclusionReason: input.quorumExclusionReason ?? null,
    quorumExclusionRef: input.quorumExclusionRef ?? null,
  };
  checkDates(p, today);
  await checkIdNumberFree(ex, p.idNumber);
  await checkBusinessUnit(ex, p.businessUnitId);
  const personId = newId();
  const at = new Date().toISOString();
  await ex.execute(sql`INSERT INTO person (id, name, gender, ethnicity, birth_date, id_number, phone, education, job_post,
      title, business_unit_id, org_node_id, party_group_id, joined_work_on, party_status, applied_on, activist_on,
      development_on, admitted_on, confirmed_on, excluded_from_quorum, quorum_exclusion_reason, quorum_exclusion_ref,
      created_at, updated_at)
    VALUES (${personId}, ${p.name}, ${p.gender}, ${p.ethnicity}, ${p.birthDate}, ${p.idNumber}, ${p.phone}, ${p.education},
      ${p.jobPost}, ${p.title}, ${p.businessUnitId}, ${p.orgNodeId}, ${p.partyGroupId}, ${p.joinedWorkOn}, ${p.partyStatus},
      ${p.appliedOn}, ${p.activistOn}, ${p.developmentOn}, ${p.admittedOn}, ${p.confirmedOn}, ${p.excludedFromQuorum},
      ${p.quorumExclusionReason}, ${p.quorumExclusionRef}, ${at}, ${at})`);
  await rollMembership(ex, {
    id: newId(),
    personId,
    orgNodeId: p.orgNodeId,
    partyGroupId,
    partyStatus: p.partyStatus,
    from: input.placedOn && input.placedOn <= today ? input.placedOn : today,
  });
  await insertPersonHistory(ex, {
    id: newId(),
    personId,
    kind: 'created',
    before: null,
    after: p,
    effectiveOn: today,
    note: null,
    at,
    actorAccountId: ctx.actor.accountId,
  });
  await recordAudit(ex, auditActor(ctx), { action: 'person.create', entityType: 'person', entityId: personId, after: p });
  return { id: personId };
}
