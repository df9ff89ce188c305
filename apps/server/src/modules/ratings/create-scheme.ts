import { zCatalogue, type Catalogue } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { requireOrgsInScope } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { auditActor, type RequestContext } from '../../platform/context';
import { one, type Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import type { MetricRegistry } from '../../platform/metrics';
import { assertCatalogue } from './check-catalogue';
import { BUILTIN_TEMPLATES } from './templates/index';

export type CreateSchemeInput = {
  scopeOrgId: string;
  /** Start from a built-in template (a copy the tenant then edits)… */
  templateKey?: string;
  /** …or from a catalogue document (an import). */
  catalogue?: Catalogue;
  code?: string;
  name?: string;
};

/** Creates a scheme with version 1 as an editable draft. */
export async function createScheme(ex: Executor, ctx: RequestContext, metrics: MetricRegistry, input: CreateSchemeInput): Promise<{ id: string; version: number }> {
  await requireOrgsInScope(ex, ctx.actor, 'rating:manage', [input.scopeOrgId]);
  let catalogue: Catalogue;
  if (input.templateKey) {
    const t = BUILTIN_TEMPLATES.find((x) => x.key === input.templateKey);
    if (!t) throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'templateKey', message: 'unknown template' }] });
    catalogue = structuredClone(t.catalogue);
  } else if (input.catalogue) {
    catalogue = zCatalogue.parse(input.catalogue);
  } else {
    throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'templateKey', message: 'template or catalogue required' }] });
  }
  const header = { ...catalogue, code: input.code ?? catalogue.code, name: input.name ?? catalogue.name };
  assertCatalogue(catalogue.definition, metrics);
  if (await one(ex, sql`SELECT 1 FROM rating_scheme WHERE code = ${header.code}`)) throw new AppError('SCHEME_CODE_TAKEN', { code: header.code });
  const id = newId();
  const versionId = newId();
  await ex.execute(sql`INSERT INTO rating_scheme (id, code, name, kind, period, org_types, scope_org_id, template_key, created_by)
    VALUES (${id}, ${header.code}, ${header.name}, ${header.kind}, ${header.period}, ${sql`ARRAY[${sql.join(
      header.orgTypes.map((t) => sql`${t}`),
      sql`, `,
    )}]::text[]`}, ${input.scopeOrgId}, ${input.templateKey ?? null}, ${ctx.actor.accountId})`);
  await ex.execute(sql`INSERT INTO rating_scheme_version (id, scheme_id, version, status, definition)
    VALUES (${versionId}, ${id}, 1, 'draft', ${JSON.stringify(catalogue.definition)}::jsonb)`);
  await recordAudit(ex, auditActor(ctx), {
    action: 'rating_scheme.create',
    entityType: 'rating_scheme',
    entityId: id,
    after: { code: header.code, name: header.name, kind: header.kind, period: header.period, scopeOrgId: input.scopeOrgId, templateKey: input.templateKey ?? null },
  });
  return { id, version: 1 };
}
