import { sql } from 'drizzle-orm';
import { recordAudit, type AuditActor } from '../../platform/audit';
import { one, type Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';

/** The one root of the tree (the top Party committee), created when an installation is set up. */
export async function createRootOrg(
  ex: Executor,
  who: AuditActor,
  input: { name: string; shortName?: string; code: string; businessUnitId?: string | null; foundedOn?: string | null },
): Promise<{ id: string }> {
  if (await one(ex, sql`SELECT 1 FROM org_node WHERE parent_id IS NULL`)) throw new AppError('CONFLICT');
  const id = newId();
  await ex.execute(sql`INSERT INTO org_node (id, parent_id, path, depth, type, name, short_name, code, business_unit_id, founded_on)
    VALUES (${id}, NULL, ${`/${id}/`}, 0, 'committee', ${input.name}, ${input.shortName ?? null}, ${input.code},
      ${input.businessUnitId ?? null}, ${input.foundedOn ?? null})`);
  await recordAudit(ex, who, { action: 'org.create_root', entityType: 'org_node', entityId: id, after: input });
  return { id };
}
