import { sql } from 'drizzle-orm';
import { orgsInScope, scopePaths } from '../../platform/access';
import type { RequestContext } from '../../platform/context';
import { one, rows, type Executor } from '../../platform/db';
import { roundForActor } from './round-access';
import { roundColumns, roundFrom, ratedOrgsWhere, type RoundRow } from './rounds.repository';
import { appliesToActor } from './scheme-access';

export async function findRounds(ex: Executor, ctx: RequestContext, q: { status?: 'open' | 'published' | 'archived'; schemeId?: string }): Promise<RoundRow[]> {
  return rows<RoundRow>(
    ex,
    sql`SELECT ${roundColumns} FROM ${roundFrom}
        WHERE ${appliesToActor(ctx.actor, 'rating:read', sql`o.path`)}
          ${q.status ? sql`AND r.status = ${q.status}` : sql`AND r.status <> 'archived'`}
          ${q.schemeId ? sql`AND s.id = ${q.schemeId}` : sql``}
        ORDER BY r.period_from DESC, r.created_at DESC`,
  );
}

/**
 * A round with where its work stands: how many orgs it rates, submissions by status, whether results
 * exist; and the orgs the actor can assess or read in it (a secretary's own branch).
 */
export async function getRound(ex: Executor, ctx: RequestContext, id: string) {
  const round = await roundForActor(ex, ctx, id, 'rating:read');
  const rated = ratedOrgsWhere(round);
  const [orgCount, submissions, results, candidates] = await Promise.all([
    one<{ n: number }>(ex, sql`SELECT count(*)::int AS n FROM org_node o WHERE ${rated}`),
    rows<{ status: string; n: number }>(ex, sql`SELECT status, count(*)::int AS n FROM rating_submission WHERE round_id = ${id} GROUP BY status`),
    one<{ n: number }>(ex, sql`SELECT count(*)::int AS n FROM rating_result WHERE round_id = ${id}`),
    rows<{ id: string; name: string; code: string }>(
      ex,
      sql`SELECT o.id, o.name, o.code FROM org_node o WHERE ${rated} AND (${sql.join(
        scopePaths(ctx.actor, 'rating:read').map((p) => sql`o.path LIKE ${`${p}%`}`),
        sql` OR `,
      )}) ORDER BY o.path LIMIT 50`,
    ),
  ]);
  const assessable = await orgsInScope(ex, ctx.actor, 'rating:assess', candidates.map((c) => c.id));
  return {
    ...round,
    orgCount: orgCount?.n ?? 0,
    submissions: Object.fromEntries(submissions.map((s) => [s.status, s.n])),
    results: results?.n ?? 0,
    myOrgs: candidates.map((c) => ({ ...c, canAssess: assessable.has(c.id) })),
  };
}
