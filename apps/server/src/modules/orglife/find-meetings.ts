import { sql, type SQL } from 'drizzle-orm';
import { inScope, requireOrgsInScope } from '../../platform/access';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { likeEscape } from '../../platform/sql-helpers';
import { getOrgRow } from '../orgs/index';
import { findMeetingRows } from './meetings.repository';
import type { MeetingsFilter } from './orglife.schemas';

/** Meetings inside the actor's scope, newest first, with attendance counts. */
export async function findMeetings(ex: Executor, ctx: RequestContext, f: MeetingsFilter) {
  const parts: SQL[] = [inScope(ctx.actor, 'meeting:read', sql`o.path`)];
  if (f.orgId) {
    await requireOrgsInScope(ex, ctx.actor, 'meeting:read', [f.orgId]);
    parts.push(sql`o.path LIKE ${`${(await getOrgRow(ex, f.orgId))!.path}%`}`);
  }
  if (f.type) parts.push(sql`${f.type} = ANY(m.types)`);
  if (f.status) parts.push(sql`m.status = ${f.status}`);
  if (f.from) parts.push(sql`coalesce(m.held_on, m.planned_start::date) >= ${f.from}`);
  if (f.to) parts.push(sql`coalesce(m.held_on, m.planned_start::date) <= ${f.to}`);
  if (f.q) parts.push(sql`m.title LIKE ${`%${likeEscape(f.q)}%`}`);
  const { items, total } = await findMeetingRows(ex, sql.join(parts, sql` AND `), f.pageSize, (f.page - 1) * f.pageSize);
  return {
    items: items.map((m) => ({
      id: m.id,
      orgNodeId: m.orgNodeId,
      orgName: m.orgName,
      types: m.types,
      title: m.title,
      status: m.status,
      plannedStart: m.plannedStart,
      heldOn: m.heldOn,
      place: m.place,
      valid: m.validity?.valid ?? null,
      presentCount: m.presentCount,
      expectedCount: m.expectedCount,
    })),
    total,
    page: f.page,
    pageSize: f.pageSize,
  };
}
