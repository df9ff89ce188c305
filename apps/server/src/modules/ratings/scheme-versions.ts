import { zSchemeDefinition, type SchemeDefinitionInput } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { auditActor, type RequestContext } from '../../platform/context';
import { one, type Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import type { MetricRegistry } from '../../platform/metrics';
import { assertCatalogue } from './check-catalogue';
import { schemeForActor } from './scheme-access';
import { getVersionRow } from './schemes.repository';

// A published version is frozen; changing a catalogue means a new draft version copied from an old one.

async function draft(ex: Executor, ctx: RequestContext, schemeId: string, version: number) {
  await schemeForActor(ex, ctx, schemeId, 'rating:manage');
  const v = await getVersionRow(ex, schemeId, version, true);
  if (!v) throw notFound();
  if (v.status !== 'draft') throw new AppError('SCHEME_VERSION_FROZEN', { version });
  return v;
}

export async function saveDraft(
  ex: Executor,
  ctx: RequestContext,
  metrics: MetricRegistry,
  input: { schemeId: string; version: number; definition: SchemeDefinitionInput; note?: string | null },
): Promise<void> {
  const before = await draft(ex, ctx, input.schemeId, input.version);
  const definition = zSchemeDefinition.parse(input.definition);
  assertCatalogue(definition, metrics);
  await ex.execute(sql`UPDATE rating_scheme_version SET definition = ${JSON.stringify(definition)}::jsonb, note = ${input.note ?? before.note},
    updated_at = now() WHERE id = ${before.id}`);
  await recordAudit(ex, auditActor(ctx), {
    action: 'rating_scheme.save_draft',
    entityType: 'rating_scheme_version',
    entityId: before.id,
    before: { definition: before.definition },
    after: { definition },
  });
}

export async function newVersion(ex: Executor, ctx: RequestContext, input: { schemeId: string; fromVersion: number }): Promise<{ version: number }> {
  await schemeForActor(ex, ctx, input.schemeId, 'rating:manage');
  const from = await getVersionRow(ex, input.schemeId, input.fromVersion);
  if (!from) throw notFound();
  // The scheme row is locked so two people creating a version at once get consecutive numbers.
  await ex.execute(sql`SELECT 1 FROM rating_scheme WHERE id = ${input.schemeId} FOR UPDATE`);
  const next = (await one<{ n: number }>(ex, sql`SELECT max(version)::int + 1 AS n FROM rating_scheme_version WHERE scheme_id = ${input.schemeId}`))!.n;
  const id = newId();
  await ex.execute(sql`INSERT INTO rating_scheme_version (id, scheme_id, version, status, definition, note)
    VALUES (${id}, ${input.schemeId}, ${next}, 'draft', ${JSON.stringify(from.definition)}::jsonb, ${`基于第${input.fromVersion}版`})`);
  await recordAudit(ex, auditActor(ctx), {
    action: 'rating_scheme.new_version',
    entityType: 'rating_scheme_version',
    entityId: id,
    after: { schemeId: input.schemeId, version: next, fromVersion: input.fromVersion },
  });
  return { version: next };
}

export async function publishVersion(ex: Executor, ctx: RequestContext, metrics: MetricRegistry, input: { schemeId: string; version: number }): Promise<void> {
  const v = await draft(ex, ctx, input.schemeId, input.version);
  assertCatalogue(v.definition, metrics);
  await ex.execute(sql`UPDATE rating_scheme_version SET status = 'published', published_at = now(), published_by = ${ctx.actor.accountId},
    updated_at = now() WHERE id = ${v.id}`);
  await recordAudit(ex, auditActor(ctx), {
    action: 'rating_scheme.publish',
    entityType: 'rating_scheme_version',
    entityId: v.id,
    after: { schemeId: input.schemeId, version: input.version },
  });
}

/** Deletes a draft version nobody has rated with (a mistaken copy). */
export async function deleteDraft(ex: Executor, ctx: RequestContext, input: { schemeId: string; version: number }): Promise<void> {
  const v = await draft(ex, ctx, input.schemeId, input.version);
  const count = (await one<{ n: number }>(ex, sql`SELECT count(*)::int AS n FROM rating_scheme_version WHERE scheme_id = ${input.schemeId}`))!.n;
  if (count === 1) throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'version', message: 'the only version of a scheme cannot be deleted' }] });
  await ex.execute(sql`DELETE FROM rating_scheme_version WHERE id = ${v.id}`);
  await recordAudit(ex, auditActor(ctx), {
    action: 'rating_scheme.delete_draft',
    entityType: 'rating_scheme_version',
    entityId: v.id,
    before: { schemeId: input.schemeId, version: input.version },
  });
}
