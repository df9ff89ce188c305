import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { requireOrgsInScope } from '../../platform/access';
import { auditActor, type RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import type { UpdateOrgInput } from './orgs.schemas';
import { businessUnitExists, codeTaken, getOrgRow, insertHistory } from './orgs.repository';

const FIELDS = [
  'name',
  'shortName',
  'code',
  'isJoint',
  'isTemporary',
  'businessUnitId',
  'foundedOn',
  'contactName',
  'contactPhone',
] as const;

/** Edits a node's own fields (a rename is recorded as such in its history). */
export async function updateOrg(ex: Executor, ctx: RequestContext, id: string, input: UpdateOrgInput): Promise<void> {
  await requireOrgsInScope(ex, ctx.actor, 'org:write', [id]);
  const row = await getOrgRow(ex, id, { forUpdate: true });
  if (!row) throw notFound();
  if (row.dissolvedAt) throw new AppError('ORG_DISSOLVED');
  if (row.version !== input.version) throw new AppError('CONFLICT');
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const f of FIELDS) {
    const v = input[f];
    if (v === undefined || v === row[f]) continue;
    before[f] = row[f];
    after[f] = v;
  }
  if (Object.keys(after).length === 0) return;
  if (typeof after.code === 'string' && (await codeTaken(ex, after.code, id))) {
    throw new AppError('ORG_CODE_TAKEN', { code: after.code });
  }
  if (typeof after.businessUnitId === 'string' && !(await businessUnitExists(ex, after.businessUnitId))) {
    throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'businessUnitId', message: 'unknown' }] });
  }
  const next = { ...row, ...after };
  const at = new Date().toISOString();
  await ex.execute(sql`UPDATE org_node SET name = ${next.name}, short_name = ${next.shortName}, code = ${next.code},
      is_joint = ${next.isJoint}, is_temporary = ${next.isTemporary}, business_unit_id = ${next.businessUnitId},
      founded_on = ${next.foundedOn}, contact_name = ${next.contactName}, contact_phone = ${next.contactPhone},
      version = version + 1, updated_at = ${at}
    WHERE id = ${id}`);
  const renamed = 'name' in after || 'shortName' in after;
  await insertHistory(ex, {
    id: newId(),
    orgNodeId: id,
    kind: renamed ? 'renamed' : 'updated',
    before,
    after,
    at,
    actorAccountId: ctx.actor.accountId,
  });
  await recordAudit(ex, auditActor(ctx), { action: 'org.update', entityType: 'org_node', entityId: id, before, after });
}
