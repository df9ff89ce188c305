import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { auditActor, type RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { parsePortrait } from './create-portrait';
import { managedPortrait } from './talent-access';

/**
 * Replaces a portrait's definition (zJobPortrait: weights sum to 1, 政治素质 first). The code stays as it
 * is, since scores and pool entries refer to the portrait and its indicator codes. `version` guards
 * against overwriting someone else's edit. The audit entry keeps the fields before and after.
 */
export async function updatePortrait(
  ex: Executor,
  ctx: RequestContext,
  id: string,
  input: { version: number; definition: unknown },
): Promise<{ version: number }> {
  const current = await managedPortrait(ex, ctx, id, true);
  const next = parsePortrait({ ...(input.definition as object), code: current.code });
  if (current.version !== input.version) throw new AppError('CONFLICT');
  await ex.execute(sql`UPDATE talent_portrait SET title = ${next.title}, family = ${next.family}, definition = ${JSON.stringify(next)}::jsonb,
      version = version + 1, updated_by = ${ctx.actor.accountId}, updated_at = now() WHERE id = ${id}`);
  await recordAudit(ex, auditActor(ctx), {
    action: 'talent_portrait.update',
    entityType: 'talent_portrait',
    entityId: id,
    before: { ...current.definition },
    after: { ...next },
  });
  return { version: current.version + 1 };
}
