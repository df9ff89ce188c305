import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { auditActor, type RequestContext } from '../../platform/context';
import { one, type Executor } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { personInScope } from './talent-access';
import type { CredentialRow } from './talent.repository';

/** Deletes a credential recorded in error; the audit entry keeps what it said. */
export async function deleteCredential(ex: Executor, ctx: RequestContext, id: string): Promise<void> {
  const c = await one<Omit<CredentialRow, 'createdAt'>>(
    ex,
    sql`SELECT id, person_id AS "personId", kind, name, level, issuer, obtained_on::text AS "obtainedOn", expires_on::text AS "expiresOn",
               result, certificate_no AS "certificateNo", origin
        FROM talent_credential WHERE id = ${id} FOR UPDATE`,
  );
  if (!c) throw notFound();
  await personInScope(ex, ctx, c.personId, 'talent:manage');
  await ex.execute(sql`DELETE FROM talent_credential WHERE id = ${id}`);
  const { id: _id, ...before } = c;
  await recordAudit(ex, auditActor(ctx), { action: 'talent_credential.delete', entityType: 'talent_credential', entityId: id, before });
}
