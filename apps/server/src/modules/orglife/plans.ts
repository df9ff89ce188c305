import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { requireOrgsInScope } from '../../platform/access';
import { auditActor, type RequestContext } from '../../platform/context';
import { one, rows, type Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { currentTermFacts, getOrgRow } from '../orgs/index';
import { rulesForYear } from './compliance.repository';
import type { MeetingType } from './rules/frequency-rules';
import { draftPlan } from './rules/plan-template';

export type PlanItemView = {
  id: string;
  month: number;
  meetingType: MeetingType;
  title: string;
  plannedOn: string | null;
  note: string | null;
  status: 'done' | 'overdue' | 'upcoming';
  meetingIds: string[];
};

/** Drafts the annual plan from the rules in force (refuses to overwrite unless asked to replace). */
export async function generatePlan(ex: Executor, ctx: RequestContext, input: { orgNodeId: string; year: number; replace: boolean }) {
  await requireOrgsInScope(ex, ctx.actor, 'meeting:write', [input.orgNodeId]);
  const org = await getOrgRow(ex, input.orgNodeId);
  if (!org) throw notFound();
  const existing = await one<{ n: number }>(
    ex,
    sql`SELECT count(*)::int AS n FROM plan_item WHERE org_node_id = ${input.orgNodeId} AND year = ${input.year}`,
  );
  if ((existing?.n ?? 0) > 0 && !input.replace) throw new AppError('PLAN_EXISTS', { year: input.year });
  await ex.execute(sql`DELETE FROM plan_item WHERE org_node_id = ${input.orgNodeId} AND year = ${input.year}`);
  const [{ rules }, terms] = await Promise.all([rulesForYear(ex, input.year), currentTermFacts(ex, [org.id])]);
  const draft = draftPlan(rules, { type: org.type, hasCommittee: (terms.get(org.id)?.committeeSize ?? 0) >= 3 }, input.year);
  for (const d of draft) {
    await ex.execute(sql`INSERT INTO plan_item (id, org_node_id, year, month, meeting_type, title, planned_on, created_by)
      VALUES (${newId()}, ${org.id}, ${input.year}, ${d.month}, ${d.meetingType}, ${d.title}, ${d.plannedOn}, ${ctx.actor.accountId})`);
  }
  await recordAudit(ex, auditActor(ctx), {
    action: 'plan.generate',
    entityType: 'org_node',
    entityId: org.id,
    after: { year: input.year, items: draft.length, replaced: existing?.n ?? 0 },
  });
  return { items: draft.length };
}

/** The plan with each item's status: done when a sitting of that type was held in its month. */
export async function listPlan(ex: Executor, ctx: RequestContext, orgId: string, year: number, today: string, month?: number) {
  await requireOrgsInScope(ex, ctx.actor, 'meeting:read', [orgId]);
  const items = await rows<Omit<PlanItemView, 'status' | 'meetingIds'> & { meetingIds: string[] | null }>(
    ex,
    sql`SELECT p.id, p.month, p.meeting_type AS "meetingType", p.title, p.planned_on AS "plannedOn", p.note,
               (SELECT array_agg(DISTINCT f.source_id::text) FROM fact f
                 WHERE f.org_node_id = p.org_node_id AND f.kind = 'meeting_held.' || p.meeting_type
                   AND extract(year FROM f.on_date) = p.year AND extract(month FROM f.on_date) = p.month) AS "meetingIds"
        FROM plan_item p WHERE p.org_node_id = ${orgId} AND p.year = ${year} ${month ? sql`AND p.month = ${month}` : sql``}
        ORDER BY p.month, p.planned_on NULLS LAST, p.title`,
  );
  const ty = Number(today.slice(0, 4));
  const tm = Number(today.slice(5, 7));
  return items.map(
    (i): PlanItemView => ({
      ...i,
      meetingIds: i.meetingIds ?? [],
      status: (i.meetingIds ?? []).length > 0 ? 'done' : year < ty || (year === ty && i.month < tm) ? 'overdue' : 'upcoming',
    }),
  );
}

async function itemInScope(ex: Executor, ctx: RequestContext, id: string) {
  const item = await one<{ orgNodeId: string; title: string; plannedOn: string | null; note: string | null; month: number }>(
    ex,
    sql`SELECT org_node_id AS "orgNodeId", title, planned_on AS "plannedOn", note, month FROM plan_item WHERE id = ${id} FOR UPDATE`,
  );
  if (!item) throw notFound();
  await requireOrgsInScope(ex, ctx.actor, 'meeting:write', [item.orgNodeId]);
  return item;
}

export async function updatePlanItem(
  ex: Executor,
  ctx: RequestContext,
  id: string,
  input: { title?: string; plannedOn?: string | null; note?: string | null; month?: number },
) {
  const item = await itemInScope(ex, ctx, id);
  const next = { ...item, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) };
  await ex.execute(sql`UPDATE plan_item SET title = ${next.title}, planned_on = ${next.plannedOn}, note = ${next.note},
    month = ${next.month}, updated_at = now() WHERE id = ${id}`);
  await recordAudit(ex, auditActor(ctx), { action: 'plan.update', entityType: 'plan_item', entityId: id, before: item, after: next });
}

export async function addPlanItem(
  ex: Executor,
  ctx: RequestContext,
  input: { orgNodeId: string; year: number; month: number; meetingType: MeetingType; title: string; plannedOn?: string | null; note?: string | null },
) {
  await requireOrgsInScope(ex, ctx.actor, 'meeting:write', [input.orgNodeId]);
  const id = newId();
  await ex.execute(sql`INSERT INTO plan_item (id, org_node_id, year, month, meeting_type, title, planned_on, note, created_by)
    VALUES (${id}, ${input.orgNodeId}, ${input.year}, ${input.month}, ${input.meetingType}, ${input.title}, ${input.plannedOn ?? null},
      ${input.note ?? null}, ${ctx.actor.accountId})`);
  await recordAudit(ex, auditActor(ctx), { action: 'plan.add', entityType: 'plan_item', entityId: id, after: input });
  return { id };
}

export async function deletePlanItem(ex: Executor, ctx: RequestContext, id: string) {
  const item = await itemInScope(ex, ctx, id);
  await ex.execute(sql`DELETE FROM plan_item WHERE id = ${id}`);
  await recordAudit(ex, auditActor(ctx), { action: 'plan.delete', entityType: 'plan_item', entityId: id, before: item });
}
