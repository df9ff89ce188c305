import { sql } from 'drizzle-orm';
import { inScope, requireOrgsInScope } from '../../platform/access';
import { addMonths } from '../../platform/clock';
import type { RequestContext } from '../../platform/context';
import { rows, type Executor } from '../../platform/db';
import { getOrgRow } from '../orgs/index';
import { ABSENCE_WARN_MONTHS, absenceLevel, monthsSince } from './rules/absence-warnings';

export type AbsenceWarning = {
  personId: string;
  name: string;
  orgId: string;
  orgName: string;
  lastAttendedOn: string | null;
  since: string;
  months: number;
  level: 'notice' | 'urgent';
};

/**
 * Members in scope whose last attended organisational life (or, if none, the start of their placement)
 * lies 3 or more months back — one query over the attendance facts.
 */
export async function findAbsenceWarnings(
  ex: Executor,
  ctx: RequestContext,
  q: { underId?: string },
  today: string,
): Promise<AbsenceWarning[]> {
  let under = sql`true`;
  if (q.underId) {
    await requireOrgsInScope(ex, ctx.actor, 'compliance:read', [q.underId]);
    under = sql`o.path LIKE ${`${(await getOrgRow(ex, q.underId))!.path}%`}`;
  }
  const cutoff = addMonths(today, -ABSENCE_WARN_MONTHS.notice);
  const list = await rows<{ personId: string; name: string; orgId: string; orgName: string; lastAttendedOn: string | null; since: string }>(
    ex,
    sql`SELECT p.id AS "personId", p.name, o.id AS "orgId", o.name AS "orgName", a.last AS "lastAttendedOn",
               coalesce(a.last, s.since) AS since
        FROM person p
        JOIN org_node o ON o.id = p.org_node_id
        CROSS JOIN LATERAL (SELECT max(on_date) AS last FROM fact WHERE person_id = p.id AND kind = 'attended') a
        CROSS JOIN LATERAL (SELECT min(valid_from) AS since FROM membership_period WHERE person_id = p.id) s
        WHERE p.party_status IN ('full', 'probationary') AND ${inScope(ctx.actor, 'compliance:read', sql`o.path`)} AND ${under}
          AND coalesce(a.last, s.since) <= ${cutoff}
        ORDER BY coalesce(a.last, s.since), p.name`,
  );
  return list.map((r) => ({
    ...r,
    months: monthsSince(r.since, today),
    level: absenceLevel(r.since, today) === 'urgent' ? 'urgent' : 'notice',
  }));
}
