import { DEFAULT_INDICATORS, POST_FAMILIES } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { requireOrgsInScope } from '../../platform/access';
import type { RequestContext } from '../../platform/context';
import { one, type Executor } from '../../platform/db';
import { pathInScope, readablePortrait, visiblePortraits } from './talent-access';
import { findPortraitRows, type PortraitRow } from './talent.repository';
import { BUILTIN_PORTRAITS, DEFAULT_RESERVE_CRITERIA, DEFAULT_TIER_CRITERIA } from './templates/index';

/** The 16 built-in portraits to copy from, with the labels and default criteria forms need. */
export function portraitTemplates() {
  return {
    items: BUILTIN_PORTRAITS,
    families: POST_FAMILIES,
    indicators: DEFAULT_INDICATORS,
    tierCriteria: DEFAULT_TIER_CRITERIA,
    reserveCriteria: DEFAULT_RESERVE_CRITERIA,
  };
}

function present(ctx: RequestContext, p: PortraitRow) {
  return {
    id: p.id,
    scopeOrgId: p.scopeOrgId,
    scopeOrgName: p.scopeOrgName,
    code: p.code,
    title: p.title,
    family: p.family,
    builtinCode: p.builtinCode,
    indicators: p.definition.indicators.length,
    mandatoryCertificates: p.definition.certificates.filter((c) => c.mandatory).length,
    version: p.version,
    updatedAt: p.updatedAt,
    editable: pathInScope(ctx.actor, 'talent:manage', p.scopePath),
  };
}

/**
 * The portraits the actor reads: kept in their subtrees or above them. With `orgId`, the ones that
 * apply to that org's people (kept by it or an org above it).
 */
export async function findPortraits(ex: Executor, ctx: RequestContext, q: { orgId?: string }) {
  let where = visiblePortraits(ctx.actor, 'talent:read');
  if (q.orgId) {
    await requireOrgsInScope(ex, ctx.actor, 'talent:read', [q.orgId]);
    const org = (await one<{ path: string }>(ex, sql`SELECT path FROM org_node WHERE id = ${q.orgId}`))!;
    where = sql`${where} AND ${org.path} LIKE s.path || '%'`;
  }
  const list = await findPortraitRows(ex, where);
  return { items: list.map((p) => present(ctx, p)) };
}

export async function getPortrait(ex: Executor, ctx: RequestContext, id: string) {
  const p = await readablePortrait(ex, ctx, id);
  return { ...present(ctx, p), definition: p.definition, createdAt: p.createdAt };
}
