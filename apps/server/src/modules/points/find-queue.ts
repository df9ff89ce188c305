import { pointItemOf } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { inScope } from '../../platform/access';
import type { RequestContext } from '../../platform/context';
import { rows, type Executor } from '../../platform/db';
import { inUuids } from '../../platform/sql-helpers';
import { getRuleSetRow, type RuleSetRow } from './rule-sets.repository';

// What waits on someone: claims for the branch to review (points:review), appeals for the committee to
// decide (points:decide). Own entries are left out: nobody reviews their own points.

async function titles(ex: Executor, ruleSetIds: readonly string[]): Promise<Map<string, RuleSetRow>> {
  const out = new Map<string, RuleSetRow>();
  for (const id of new Set(ruleSetIds)) {
    const rs = await getRuleSetRow(ex, id);
    if (rs) out.set(id, rs);
  }
  return out;
}

export async function findClaims(ex: Executor, ctx: RequestContext, q: { status: 'claimed' | 'approved' | 'rejected'; orgId?: string }) {
  const list = await rows<{ id: string; ruleSetId: string; personId: string; name: string; orgName: string; itemCode: string; points: number; units: number; occurredOn: string; note: string | null; createdAt: string; reviewReason: string | null }>(
    ex,
    sql`SELECT e.id, e.rule_set_id AS "ruleSetId", e.person_id AS "personId", p.name, o.name AS "orgName", e.item_code AS "itemCode",
               e.points::float8 AS points, e.units::float8 AS units, e.occurred_on AS "occurredOn", e.note, e.created_at AS "createdAt",
               e.review_reason AS "reviewReason"
        FROM point_entry e JOIN person p ON p.id = e.person_id JOIN org_node o ON o.id = e.org_node_id
        WHERE e.origin = 'claim' AND e.status = ${q.status} AND ${inScope(ctx.actor, 'points:review', sql`o.path`)}
          ${q.orgId ? sql`AND o.path LIKE (SELECT path FROM org_node WHERE id = ${q.orgId}) || '%'` : sql``}
          ${ctx.actor.personId ? sql`AND e.person_id <> ${ctx.actor.personId}` : sql``}
        ORDER BY e.created_at
        LIMIT 500`,
  );
  const sets = await titles(ex, list.map((e) => e.ruleSetId));
  const files = list.length
    ? await rows<{ id: string; ownerId: string; fileName: string; mime: string; hasThumb: boolean }>(
        ex,
        sql`SELECT id, owner_id AS "ownerId", file_name AS "fileName", mime, thumb_key IS NOT NULL AS "hasThumb" FROM attachment WHERE owner_type = 'point_entry' AND ${inUuids(sql`owner_id`, list.map((e) => e.id))}`,
      )
    : [];
  return {
    items: list.map(({ ruleSetId, ...e }) => {
      const item = pointItemOf(sets.get(ruleSetId)!.definition, e.itemCode);
      return { ...e, itemTitle: item?.title ?? e.itemCode, evidenceRequired: item?.evidenceRequired ?? false, files: files.filter((f) => f.ownerId === e.id).map(({ ownerId: _o, ...f }) => f) };
    }),
  };
}

export async function findAppeals(ex: Executor, ctx: RequestContext, q: { status: 'open' | 'upheld' | 'dismissed' }) {
  const list = await rows<{ id: string; entryId: string; ruleSetId: string; name: string; orgName: string; reason: string; status: string; createdAt: string; decisionReason: string | null; itemCode: string; points: number; entryStatus: string; occurredOn: string; reviewReason: string | null; note: string | null }>(
    ex,
    sql`SELECT a.id, a.entry_id AS "entryId", e.rule_set_id AS "ruleSetId", p.name, o.name AS "orgName", a.reason, a.status, a.created_at AS "createdAt",
               a.decision_reason AS "decisionReason", e.item_code AS "itemCode", e.points::float8 AS points, e.status AS "entryStatus",
               e.occurred_on AS "occurredOn", e.review_reason AS "reviewReason", e.note
        FROM point_appeal a JOIN point_entry e ON e.id = a.entry_id JOIN person p ON p.id = a.person_id JOIN org_node o ON o.id = a.org_node_id
        WHERE a.status = ${q.status} AND ${inScope(ctx.actor, 'points:decide', sql`o.path`)}
          ${ctx.actor.personId ? sql`AND a.person_id <> ${ctx.actor.personId}` : sql``}
        ORDER BY a.created_at
        LIMIT 500`,
  );
  const sets = await titles(ex, list.map((a) => a.ruleSetId));
  return { items: list.map(({ ruleSetId, ...a }) => ({ ...a, itemTitle: pointItemOf(sets.get(ruleSetId)!.definition, a.itemCode)?.title ?? a.itemCode })) };
}
