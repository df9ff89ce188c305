import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { requireOrgsInScope } from '../../platform/access';
import { auditActor, type RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { getOrgRow } from '../orgs/index';
import { placementsOf } from '../people/index';
import type { CreateMeetingInput } from './orglife.schemas';

/** People named on a meeting (chair, recorder, lecturer) must exist. */
export async function checkMeetingPeople(ex: Executor, ids: (string | null | undefined)[]): Promise<void> {
  const list = [...new Set(ids.filter((x): x is string => !!x))];
  if (list.length === 0) return;
  const found = await placementsOf(ex, list);
  if (found.size !== list.length) throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'chairPersonId', message: 'unknown person' }] });
}

/** Plans a meeting (status planned); recording happens on the same record later. */
export async function createMeeting(ex: Executor, ctx: RequestContext, input: CreateMeetingInput): Promise<{ id: string }> {
  await requireOrgsInScope(ex, ctx.actor, 'meeting:write', [input.orgNodeId]);
  const org = await getOrgRow(ex, input.orgNodeId);
  if (!org) throw notFound();
  if (org.dissolvedAt) throw new AppError('ORG_DISSOLVED');
  await checkMeetingPeople(ex, [input.chairPersonId, input.recorderPersonId, input.lecturerPersonId]);
  const id = newId();
  const types = [...new Set(input.types)];
  const v = {
    title: input.title,
    plannedStart: input.plannedStart ?? null,
    place: input.place ?? null,
    online: input.online ?? false,
    chairPersonId: input.chairPersonId ?? null,
    recorderPersonId: input.recorderPersonId ?? null,
    lecturerPersonId: input.lecturerPersonId ?? null,
    lessonTopic: input.lessonTopic ?? null,
    firstTopic: input.firstTopic ?? false,
    partners: input.partners ?? null,
    agenda: input.agenda ?? null,
  };
  await ex.execute(sql`INSERT INTO meeting (id, org_node_id, types, title, status, planned_start, place, online,
      chair_person_id, recorder_person_id, lecturer_person_id, lesson_topic, first_topic, partners, agenda, created_by)
    VALUES (${id}, ${input.orgNodeId}, ${sql`ARRAY[${sql.join(types.map((t) => sql`${t}`), sql`, `)}]::text[]`}, ${v.title},
      'planned', ${v.plannedStart}, ${v.place}, ${v.online}, ${v.chairPersonId}, ${v.recorderPersonId},
      ${v.lecturerPersonId}, ${v.lessonTopic}, ${v.firstTopic}, ${v.partners}, ${v.agenda}, ${ctx.actor.accountId})`);
  await recordAudit(ex, auditActor(ctx), {
    action: 'meeting.create',
    entityType: 'meeting',
    entityId: id,
    after: { orgNodeId: input.orgNodeId, types, ...v },
  });
  return { id };
}
