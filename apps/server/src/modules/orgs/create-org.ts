import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { requireOrgsInScope } from '../../platform/access';
import { auditActor, type RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import type { CreateOrgInput } from './orgs.schemas';
import { businessUnitExists, codeTaken, getOrgRow, insertHistory } from './orgs.repository';
import { canNestUnder } from './rules/org-nesting';
import { ORG_TYPES } from '@zhibu/shared';

export async function createOrg(ex: Executor, ctx: RequestContext, input: CreateOrgInput): Promise<{ id: string }> {
  await requireOrgsInScope(ex, ctx.actor, 'org:write', [input.parentId]);
  const parent = await getOrgRow(ex, input.parentId);
  if (!parent) throw notFound();
  if (parent.dissolvedAt) throw new AppError('ORG_DISSOLVED');
  if (!canNestUnder(input.type, parent.type)) {
    throw new AppError('ORG_PARENT_INVALID', { child: ORG_TYPES.label(input.type), parent: ORG_TYPES.label(parent.type) });
  }
  if (await codeTaken(ex, input.code)) throw new AppError('ORG_CODE_TAKEN', { code: input.code });
  if (input.businessUnitId && !(await businessUnitExists(ex, input.businessUnitId))) {
    throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'businessUnitId', message: 'unknown' }] });
  }
  const id = newId();
  const at = new Date().toISOString();
  const values = {
    type: input.type,
    name: input.name,
    shortName: input.shortName ?? null,
    code: input.code,
    isJoint: input.isJoint,
    isTemporary: input.isTemporary,
    businessUnitId: input.businessUnitId ?? null,
    foundedOn: input.foundedOn ?? null,
    contactName: input.contactName ?? null,
    contactPhone: input.contactPhone ?? null,
  };
  await ex.execute(sql`INSERT INTO org_node (id, parent_id, path, depth, type, name, short_name, code, is_joint, is_temporary,
      business_unit_id, founded_on, contact_name, contact_phone, created_at, updated_at)
    VALUES (${id}, ${parent.id}, ${`${parent.path}${id}/`}, ${parent.depth + 1}, ${values.type}, ${values.name},
      ${values.shortName}, ${values.code}, ${values.isJoint}, ${values.isTemporary}, ${values.businessUnitId},
      ${values.foundedOn}, ${values.contactName}, ${values.contactPhone}, ${at}, ${at})`);
  await insertHistory(ex, {
    id: newId(),
    orgNodeId: id,
    kind: 'created',
    before: null,
    after: { ...values, parentId: parent.id, parentName: parent.name },
    at,
    actorAccountId: ctx.actor.accountId,
  });
  await recordAudit(ex, auditActor(ctx), {
    action: 'org.create',
    entityType: 'org_node',
    entityId: id,
    after: { ...values, parentId: parent.id },
  });
  return { id };
}
