import { sql } from 'drizzle-orm';
import { inScope, requireOrgsInScope } from '../../platform/access';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { currentTermFacts, getOrgRow, getOrgRows } from '../orgs/index';
import { heldCounts, rulesForYear } from './compliance.repository';
import { monthlyCompliance, type MonthCell } from './rules/compliance';

export type ComplianceRow = { orgId: string; orgName: string; parentName: string | null; cells: MonthCell[] };

/**
 * The compliance matrix (orgs × months) for every branch (or Party group) in the actor's scope: one
 * query for the orgs, one for their committees, one aggregate for the meetings held; the rest is the
 * pure rule in memory.
 */
export async function computeCompliance(
  ex: Executor,
  ctx: RequestContext,
  q: { year: number; underId?: string; type: 'branch' | 'group'; status?: 'green' | 'yellow' | 'red' },
  today: string,
): Promise<{ year: number; rulesVersion: number; items: ComplianceRow[]; summary: Record<'green' | 'yellow' | 'red', number> }> {
  let under = sql`true`;
  if (q.underId) {
    await requireOrgsInScope(ex, ctx.actor, 'compliance:read', [q.underId]);
    under = sql`o.path LIKE ${`${(await getOrgRow(ex, q.underId))!.path}%`}`;
  }
  const orgWhere = sql`${inScope(ctx.actor, 'compliance:read', sql`o.path`)} AND ${under} AND o.type = ${q.type} AND o.dissolved_at IS NULL`;
  const orgs = await ex.execute(sql`SELECT o.id, o.name, o.parent_id AS "parentId" FROM org_node o WHERE ${orgWhere} ORDER BY o.path`);
  const list = (orgs as { rows: { id: string; name: string; parentId: string | null }[] }).rows;
  const ids = list.map((o) => o.id);
  const [counts, terms, { version, rules }, parents] = await Promise.all([
    heldCounts(ex, q.year, orgWhere),
    q.type === 'branch' ? currentTermFacts(ex, ids) : Promise.resolve(new Map<string, { committeeSize: number }>()),
    rulesForYear(ex, q.year),
    getOrgRows(ex, [...new Set(list.map((o) => o.parentId).filter((x): x is string => !!x))]),
  ]);
  const parentName = new Map(parents.map((p) => [p.id, p.name]));
  const summary = { green: 0, yellow: 0, red: 0 };
  const items: ComplianceRow[] = [];
  for (const o of list) {
    const cells = monthlyCompliance(
      { type: q.type, hasCommittee: (terms.get(o.id)?.committeeSize ?? 0) >= 3, counts: counts.get(o.id) ?? {} },
      rules,
      q.year,
      today,
    );
    const worst = cells.some((c) => c.status === 'red') ? 'red' : cells.some((c) => c.status === 'yellow') ? 'yellow' : 'green';
    summary[worst]++;
    if (q.status && worst !== q.status) continue;
    items.push({ orgId: o.id, orgName: o.name, parentName: o.parentId ? (parentName.get(o.parentId) ?? null) : null, cells });
  }
  return { year: q.year, rulesVersion: version, items, summary };
}
