import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { auditActor, type RequestContext } from '../../platform/context';
import { one, rows, type Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';

// The business-unit tree is enterprise-wide reference data: every org reader may list it, and
// committee administrators maintain it.

export async function findBusinessUnits(ex: Executor) {
  return rows<{ id: string; parentId: string | null; type: 'company'; name: string; code: string }>(
    ex,
    sql`SELECT id, parent_id AS "parentId", type, name, code FROM business_unit WHERE active ORDER BY path`,
  );
}

export async function createBusinessUnit(
  ex: Executor,
  ctx: RequestContext,
  input: { parentId: string | null; type: string; name: string; code: string },
): Promise<{ id: string }> {
  let parentPath = '/';
  if (input.parentId) {
    const p = await one<{ path: string }>(ex, sql`SELECT path FROM business_unit WHERE id = ${input.parentId}`);
    if (!p) throw notFound();
    parentPath = p.path;
  }
  if (await one(ex, sql`SELECT 1 FROM business_unit WHERE code = ${input.code}`)) {
    throw new AppError('BUSINESS_UNIT_CODE_TAKEN', { code: input.code });
  }
  const id = newId();
  await ex.execute(sql`INSERT INTO business_unit (id, parent_id, path, type, name, code)
    VALUES (${id}, ${input.parentId}, ${`${parentPath}${id}/`}, ${input.type}, ${input.name}, ${input.code})`);
  await recordAudit(ex, auditActor(ctx), { action: 'business_unit.create', entityType: 'business_unit', entityId: id, after: input });
  return { id };
}
