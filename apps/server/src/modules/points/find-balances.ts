import type { PointPeriod } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { inScope, requireOrgsInScope } from '../../platform/access';
import type { RequestContext } from '../../platform/context';
import { one, rows, type Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { periodKey } from './refresh-balances';
import { orgTotals } from './in-force-sql';
import { ruleSetInForce } from './rule-sets.repository';

// The members of an organisation's subtree with their stored balances for a period, in name order (code
// point order, the same on every server): a roster to look people up in, not a ranking. Ordering by
// points ranks individuals, so it is refused unless the committee turned it on in the rule set in force
// (rankingForAdministrators); even then it is for branch administrators only (points:read), never
// members. People without entries show the base.

export type BalanceQuery = { orgId: string; year: number; period: PointPeriod; q?: string; page: number; pageSize: number; order?: 'name' | 'points' };

export async function findBalances(ex: Executor, ctx: RequestContext, query: BalanceQuery) {
  await requireOrgsInScope(ex, ctx.actor, 'points:read', [query.orgId]);
  const org = (await one<{ path: string }>(ex, sql`SELECT path FROM org_node WHERE id = ${query.orgId}`))!;
  const ruleSet = await ruleSetInForce(ex, org.path, query.year);
  if (!ruleSet) return { ruleSet: null, rankingAllowed: false, total: 0, items: [] };
  const rankingAllowed = ruleSet.definition.rankingForAdministrators;
  if (query.order === 'points' && !rankingAllowed) throw new AppError('POINTS_RANKING_OFF');
  const key = periodKey(query.period);
  const where = sql`o.path LIKE ${`${org.path}%`} AND ${inScope(ctx.actor, 'points:read', sql`o.path`)}
    AND p.party_status IN ('full', 'probationary', 'activist', 'development')
    ${query.q ? sql`AND p.name LIKE ${`%${query.q}%`}` : sql``}`;
  const [count, items] = await Promise.all([
    one<{ n: number }>(ex, sql`SELECT count(*)::int AS n FROM person p JOIN org_node o ON o.id = p.org_node_id WHERE ${where}`),
    rows<{ personId: string; name: string; orgName: string; partyStatus: string; total: number; positive: number; negative: number; vetoed: boolean; pending: number }>(
      ex,
      sql`SELECT p.id AS "personId", p.name, o.name AS "orgName", p.party_status AS "partyStatus",
                 coalesce(b.total, ${ruleSet.definition.basePoints})::float8 AS total, coalesce(b.positive, 0)::float8 AS positive,
                 coalesce(b.negative, 0)::float8 AS negative, coalesce(b.vetoed, false) AS vetoed, coalesce(b.pending, 0) AS pending
          FROM person p JOIN org_node o ON o.id = p.org_node_id
          LEFT JOIN point_balance b ON b.rule_set_id = ${ruleSet.id} AND b.period = ${key} AND b.person_id = p.id
          WHERE ${where}
          ORDER BY ${query.order === 'points' ? sql`total DESC, ` : sql``}p.name COLLATE "C", p.id
          LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
    ),
  ]);
  return { ruleSet: { id: ruleSet.id, name: ruleSet.name, version: ruleSet.version }, rankingAllowed, total: count?.n ?? 0, items };
}

/**
 * Branch-level figures for a committee (points:aggregate): per branch in the subtree the members with
 * points, the average, how many were vetoed and the claims waiting. Individuals never appear.
 */
export async function branchAggregates(ex: Executor, ctx: RequestContext, query: { orgId: string; year: number; period: PointPeriod }) {
  await requireOrgsInScope(ex, ctx.actor, 'points:aggregate', [query.orgId]);
  const org = (await one<{ path: string }>(ex, sql`SELECT path FROM org_node WHERE id = ${query.orgId}`))!;
  const key = periodKey(query.period);
  const totals = await orgTotals(ex, sql`o.path LIKE ${`${org.path}%`} AND o.type = 'branch'`, query.year, key);
  const names = new Map(
    (await rows<{ id: string; name: string; path: string }>(ex, sql`SELECT id, name, path FROM org_node WHERE path LIKE ${`${org.path}%`} AND type = 'branch'`)).map((o) => [o.id, o]),
  );
  const items = totals
    .map((t) => ({ orgId: t.orgId, orgName: names.get(t.orgId)?.name ?? '', path: names.get(t.orgId)?.path ?? '', members: t.members, average: Math.round(t.average * 100) / 100, vetoed: t.vetoedCount, pending: t.pending }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map(({ path: _path, ...rest }) => rest);
  return { items };
}
