import { criteriaOf } from '@zhibu/shared';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { appliesToActor, schemeForActor } from './scheme-access';
import { getVersionRow, listSchemeRows, listVersionRows } from './schemes.repository';
import { sql } from 'drizzle-orm';
import { BUILTIN_TEMPLATES } from './templates/index';

export async function findSchemes(ex: Executor, ctx: RequestContext) {
  return listSchemeRows(ex, appliesToActor(ctx.actor, 'rating:read', sql`o.path`));
}

export async function getScheme(ex: Executor, ctx: RequestContext, id: string) {
  const s = await schemeForActor(ex, ctx, id, 'rating:read');
  return { ...s, versions: await listVersionRows(ex, id) };
}

export async function getSchemeVersion(ex: Executor, ctx: RequestContext, id: string, version: number) {
  const s = await schemeForActor(ex, ctx, id, 'rating:read');
  const v = await getVersionRow(ex, id, version);
  if (!v) throw notFound();
  return { scheme: s, ...v };
}

/** The built-in templates a committee can copy, with their size at a glance. */
export function listTemplates() {
  return BUILTIN_TEMPLATES.map((t) => {
    const criteria = criteriaOf(t.catalogue.definition);
    const hard = (star: number) => criteria.filter((c) => c.hardFromStar !== null && c.hardFromStar <= star).length;
    return {
      key: t.key,
      zh: t.zh,
      en: t.en,
      description: t.descriptionZh,
      kind: t.catalogue.kind,
      period: t.catalogue.period,
      categories: t.catalogue.definition.categories.length,
      criteria: criteria.length,
      automatic: criteria.filter((c) => c.kind === 'metric').length,
      hard: { 3: hard(3), 4: hard(4), 5: hard(5) },
    };
  });
}
