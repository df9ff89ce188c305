import { sql } from 'drizzle-orm';
import { requireOrgsInScope } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { auditActor, type RequestContext } from '../../platform/context';
import { one, type Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { schemeForActor } from './scheme-access';
import { getVersionRow } from './schemes.repository';
import { yearOrQuarter } from '../../platform/clock';

export type OpenRoundInput = { schemeId: string; version: number; year: number; quarter?: number | null; scopeOrgId?: string; title?: string };

/** Opens a rating round of a published version for a year or quarter, in the scheme's subtree or part of it. */
export async function openRound(ex: Executor, ctx: RequestContext, input: OpenRoundInput): Promise<{ id: string }> {
  const scheme = await schemeForActor(ex, ctx, input.schemeId, 'rating:read');
  const v = await getVersionRow(ex, input.schemeId, input.version);
  if (!v) throw notFound();
  if (v.status !== 'published') throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'version', message: 'only a published version can be rated' }] });
  const quarter = scheme.period === 'quarter' ? (input.quarter ?? null) : null;
  if (scheme.period === 'quarter' && quarter === null) throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'quarter', message: 'required' }] });
  const scopeOrgId = input.scopeOrgId ?? scheme.scopeOrgId;
  await requireOrgsInScope(ex, ctx.actor, 'rating:manage', [scopeOrgId]);
  const scope = (await one<{ path: string }>(ex, sql`SELECT path FROM org_node WHERE id = ${scopeOrgId}`))!;
  if (!scope.path.startsWith(scheme.scopePath)) throw new AppError('OUT_OF_SCOPE');
  const { from, to } = yearOrQuarter(input.year, quarter);
  const clash = await one<{ title: string }>(
    ex,
    sql`SELECT r.title FROM rating_round r JOIN rating_scheme_version v ON v.id = r.scheme_version_id
        WHERE v.scheme_id = ${input.schemeId} AND r.scope_org_id = ${scopeOrgId} AND r.period_from = ${from} AND r.status <> 'archived'`,
  );
  if (clash) throw new AppError('ROUND_EXISTS', { title: clash.title });
  const title = input.title ?? `${scheme.name} ${input.year}年${quarter ? `第${quarter}季度` : '度'}`;
  const id = newId();
  await ex.execute(sql`INSERT INTO rating_round (id, scheme_version_id, scope_org_id, title, year, quarter, period_from, period_to, status, created_by)
    VALUES (${id}, ${v.id}, ${scopeOrgId}, ${title}, ${input.year}, ${quarter}, ${from}, ${to}, 'open', ${ctx.actor.accountId})`);
  await recordAudit(ex, auditActor(ctx), {
    action: 'rating_round.open',
    entityType: 'rating_round',
    entityId: id,
    after: { schemeId: input.schemeId, version: input.version, year: input.year, quarter, scopeOrgId, title },
  });
  return { id };
}
