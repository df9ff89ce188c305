import { sql } from 'drizzle-orm';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { visibleRuleSets } from './rule-set-access';
import { getRuleSetRow, listRuleSets } from './rule-sets.repository';
import { BUILTIN_POINT_TEMPLATES } from './templates/index';

export async function findRuleSets(ex: Executor, ctx: RequestContext, q: { year?: number }) {
  return { items: await listRuleSets(ex, sql`${visibleRuleSets(ctx, 'points:read')} ${q.year ? sql`AND rs.year = ${q.year}` : sql``}`) };
}

export async function getRuleSet(ex: Executor, ctx: RequestContext, id: string) {
  const rs = await getRuleSetRow(ex, id);
  if (!rs) throw notFound();
  const visible = await listRuleSets(ex, sql`rs.id = ${id} AND ${visibleRuleSets(ctx, 'points:read')}`);
  if (visible.length === 0) throw notFound();
  return rs;
}

export function pointTemplates() {
  return { items: BUILTIN_POINT_TEMPLATES.map((t) => ({ key: t.key, zh: t.zh, en: t.en, descriptionZh: t.descriptionZh, items: t.definition.items.length })) };
}
