import { levelLabel } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { inScope } from '../../platform/access';
import type { RequestContext } from '../../platform/context';
import { rows, type Executor } from '../../platform/db';
import { schemeForActor } from './scheme-access';
import { getVersionRow } from './schemes.repository';

/**
 * Levels over the years of one scheme's published rounds: the distribution over the orgs in the actor's
 * scope, and each org's own series (a branch sees only itself).
 */
export async function ratingTrend(ex: Executor, ctx: RequestContext, schemeId: string, orgId?: string) {
  const scheme = await schemeForActor(ex, ctx, schemeId, 'rating:read');
  const latest = (await rows<{ version: number }>(ex, sql`SELECT max(version)::int AS version FROM rating_scheme_version WHERE scheme_id = ${schemeId} AND status = 'published'`))[0];
  const levels = latest?.version ? (await getVersionRow(ex, schemeId, latest.version))?.definition.levels : undefined;
  const scoped = sql`${inScope(ctx.actor, 'rating:read', sql`o.path`)} ${orgId ? sql`AND o.id = ${orgId}` : sql``}`;
  const list = await rows<{ roundId: string; title: string; year: number; quarter: number | null; level: number | null; n: number }>(
    ex,
    sql`SELECT r.id AS "roundId", r.title, r.year, r.quarter, res.level, count(*)::int AS n
        FROM rating_result res JOIN rating_round r ON r.id = res.round_id JOIN rating_scheme_version v ON v.id = r.scheme_version_id
        JOIN org_node o ON o.id = res.org_node_id
        WHERE v.scheme_id = ${schemeId} AND r.status IN ('published', 'archived') AND ${scoped}
        GROUP BY r.id, r.title, r.year, r.quarter, res.level ORDER BY r.year, r.quarter NULLS FIRST, res.level`,
  );
  const rounds = new Map<string, { roundId: string; title: string; year: number; quarter: number | null; orgs: number; levels: { level: number | null; label: string; count: number }[] }>();
  for (const r of list) {
    const entry = rounds.get(r.roundId) ?? { roundId: r.roundId, title: r.title, year: r.year, quarter: r.quarter, orgs: 0, levels: [] };
    entry.orgs += r.n;
    entry.levels.push({ level: r.level, label: levelLabel(levels, r.level), count: r.n });
    rounds.set(r.roundId, entry);
  }
  return { scheme: { id: scheme.id, name: scheme.name }, rounds: [...rounds.values()] };
}
