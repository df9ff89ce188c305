import { zCredential } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { todayIn } from '../../platform/clock';
import { auditActor, type RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { validationFailed } from './create-portrait';
import { personInScope } from './talent-access';

/** Records a credential (zCredential) of a person in the actor's talent:manage scope. */
export async function addCredential(ex: Executor, ctx: RequestContext, personId: string, input: unknown): Promise<{ id: string }> {
  const person = await personInScope(ex, ctx, personId, 'talent:manage');
  const parsed = zCredential.safeParse(input);
  if (!parsed.success) throw validationFailed(parsed.error.issues, '');
  const c = parsed.data;
  if (c.obtainedOn > todayIn(ctx.timeZone)) throw new AppError('TALENT_DATE_IN_FUTURE');
  const id = newId();
  await ex.execute(sql`INSERT INTO talent_credential (id, person_id, kind, name, level, issuer, obtained_on, expires_on, result, certificate_no, origin, created_by)
    VALUES (${id}, ${person.id}, ${c.kind}, ${c.name}, ${c.level ?? null}, ${c.issuer ?? null}, ${c.obtainedOn}, ${c.expiresOn ?? null},
      ${c.result ?? null}, ${c.certificateNo ?? null}, 'manual', ${ctx.actor.accountId})`);
  await recordAudit(ex, auditActor(ctx), {
    action: 'talent_credential.add',
    entityType: 'talent_credential',
    entityId: id,
    after: { personId: person.id, ...c },
  });
  return { id };
}
