import { levelLabel } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { inScope } from '../../platform/access';
import type { RequestContext } from '../../platform/context';
import { one, rows, type Executor } from '../../platform/db';
import { likeEscape } from '../../platform/sql-helpers';
import { roundForActor } from './round-access';
import { getVersionById } from './schemes.repository';

export type LeagueQuery = { roundId: string; underOrgId?: string; level?: number; q?: string; page: number; pageSize: number; sort: 'total' | 'code' };

/**
 * The committee's table of branch results (branches only — never individuals), within the actor's scope:
 * filters, the star distribution and paging. Visible to those holding `rating:league` (administrators).
 */
export async function leagueTable(ex: Executor, ctx: RequestContext, query: LeagueQuery) {
  const round = await roundForActor(ex, ctx, query.roundId, 'rating:league');
  const def = (await getVersionById(ex, round.schemeVersionId))!.definition;
  const under = query.underOrgId ? await one<{ path: string }>(ex, sql`SELECT path FROM org_node WHERE id = ${query.underOrgId}`) : undefined;
  const base = sql`res.round_id = ${round.id} AND ${inScope(ctx.actor, 'rating:league', sql`o.path`)}
    ${under ? sql`AND o.path LIKE ${`${under.path}%`}` : sql``}
    ${query.q ? sql`AND (o.name LIKE ${`%${likeEscape(query.q)}%`} OR o.code LIKE ${`%${likeEscape(query.q)}%`})` : sql``}`;
  const filtered = query.level === undefined ? base : sql`${base} AND res.level = ${query.level}`;
  const [items, total, distribution] = await Promise.all([
    rows<{ orgId: string; code: string; name: string; parentName: string | null; total: number; level: number | null; previousLevel: number | null; flags: Record<string, unknown>; categories: { list: { code: string; score: number; max: number }[] }; submission: string | null }>(
      ex,
      sql`SELECT o.id AS "orgId", o.code, o.name, p.name AS "parentName", res.total::float8 AS total, res.level, res.previous_level AS "previousLevel",
                 res.flags, res.categories, sub.status AS submission
          FROM rating_result res JOIN org_node o ON o.id = res.org_node_id LEFT JOIN org_node p ON p.id = o.parent_id
          LEFT JOIN rating_submission sub ON sub.round_id = res.round_id AND sub.org_node_id = res.org_node_id
          WHERE ${filtered}
          ORDER BY ${query.sort === 'code' ? sql`o.code` : sql`res.total DESC, o.code`}
          LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
    ),
    one<{ n: number }>(ex, sql`SELECT count(*)::int AS n FROM rating_result res JOIN org_node o ON o.id = res.org_node_id WHERE ${filtered}`),
    rows<{ level: number | null; n: number }>(
      ex,
      sql`SELECT res.level, count(*)::int AS n FROM rating_result res JOIN org_node o ON o.id = res.org_node_id WHERE ${base} GROUP BY res.level ORDER BY res.level`,
    ),
  ]);
  const label = (l: number | null) => ({ zh: levelLabel(def.levels, l, 'zh'), en: levelLabel(def.levels, l, 'en') });
  return {
    round: { id: round.id, title: round.title, status: round.status, evaluatedAt: round.evaluatedAt },
    categories: def.categories.map((c) => ({ code: c.code, title: c.title })),
    levels: def.levels?.labels ?? [],
    items: items.map((i) => ({ ...i, categories: i.categories.list, levelLabel: label(i.level) })),
    total: total?.n ?? 0,
    distribution: distribution.map((d) => ({ level: d.level, label: label(d.level), count: d.n })),
  };
}
