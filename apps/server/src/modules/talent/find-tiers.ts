import { sql } from 'drizzle-orm';
import { inScope, requireOrgsInScope } from '../../platform/access';
import type { RequestContext } from '../../platform/context';
import { one, rows, type Executor } from '../../platform/db';
import { likeEscape } from '../../platform/sql-helpers';
import { presentPerson } from './talent-access';
import type { PersonFacts } from './talent.repository';

// The people of an org's subtree who hold a tier, in name order (code point order, the same on every
// server): a list to look people up in, never a ranking.

export type TierQuery = { orgId: string; tier?: string; q?: string; page: number; pageSize: number };

export async function findTiers(ex: Executor, ctx: RequestContext, query: TierQuery) {
  await requireOrgsInScope(ex, ctx.actor, 'talent:read', [query.orgId]);
  const org = (await one<{ path: string }>(ex, sql`SELECT path FROM org_node WHERE id = ${query.orgId}`))!;
  const where = sql`t.ended_on IS NULL AND o.path LIKE ${`${org.path}%`} AND ${inScope(ctx.actor, 'talent:read', sql`o.path`)}
    ${query.tier ? sql`AND t.tier = ${query.tier}` : sql``}
    ${query.q ? sql`AND p.name LIKE ${`%${likeEscape(query.q)}%`}` : sql``}`;
  const from = sql`talent_tier_assignment t JOIN person p ON p.id = t.person_id JOIN org_node o ON o.id = p.org_node_id`;
  const [count, list] = await Promise.all([
    one<{ n: number }>(ex, sql`SELECT count(*)::int AS n FROM ${from} WHERE ${where}`),
    rows<PersonFacts & { tier: string; assignedOn: string; reason: string }>(
      ex,
      sql`SELECT p.id, p.name, p.birth_date AS "birthDate", p.id_number AS "idNumber", p.job_post AS "jobPost", p.party_status AS "partyStatus",
                 p.org_node_id AS "orgNodeId", o.path AS "orgPath", o.name AS "orgName", t.tier, t.assigned_on::text AS "assignedOn", t.reason
          FROM ${from} WHERE ${where}
          ORDER BY p.name COLLATE "C", p.id
          LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
    ),
  ]);
  return {
    total: count?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
    items: list.map((r) => ({ person: presentPerson(ctx.actor, r), tier: r.tier, assignedOn: r.assignedOn, reason: r.reason })),
  };
}
