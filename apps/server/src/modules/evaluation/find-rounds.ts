import { activeRaterGroups, RATER_GROUP_VALUES } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { inScope } from '../../platform/access';
import type { RequestContext } from '../../platform/context';
import { rows, type Executor } from '../../platform/db';
import { getOrgRow, getOrgRows } from '../orgs/index';
import { metricAvailability } from './member-metrics';
import { managedRound, STATUS_LABELS } from './round-access';
import { listRounds, rateesOf, staffLinkCounts } from './rounds.repository';

/** The rounds of the branches in the actor's evaluation:manage scope, newest first. */
export async function findRounds(ex: Executor, ctx: RequestContext, q: { orgId?: string; year?: number }) {
  const where = sql`r.org_node_id IN (SELECT n.id FROM org_node n WHERE ${inScope(ctx.actor, 'evaluation:manage', sql`n.path`)})
    ${q.orgId ? sql`AND r.org_node_id = ${q.orgId}` : sql``} ${q.year ? sql`AND r.year = ${q.year}` : sql``}`;
  const list = await listRounds(ex, where);
  const orgs = new Map(
    (await getOrgRows(ex, [...new Set(list.map((r) => r.orgNodeId))])).map((o) => [o.id, o.name]),
  );
  return {
    items: list.map((r) => ({
      ...r,
      orgName: orgs.get(r.orgNodeId) ?? '',
      statusLabel: STATUS_LABELS[r.status],
    })),
  };
}

/**
 * One round for the branch: its frozen template, roster size, how far each group has got (staff as
 * links issued and used, never which link), and which automatic indicators have no metric yet.
 */
export async function getRound(ex: Executor, ctx: RequestContext, id: string) {
  const round = await managedRound(ex, ctx, id);
  const [org, ratees, links, groups] = await Promise.all([
    getOrgRow(ex, round.orgNodeId),
    rateesOf(ex, round.id),
    staffLinkCounts(ex, round.id),
    rows<{ group: string; assigned: number; submitted: number }>(
      ex,
      sql`SELECT rater_group AS "group", count(*)::int AS assigned, count(submitted_at)::int AS submitted
          FROM evaluation_sheet WHERE round_id = ${round.id} GROUP BY rater_group`,
    ),
  ]);
  const active = activeRaterGroups(round.template);
  return {
    id: round.id,
    orgId: round.orgNodeId,
    orgName: org?.name ?? '',
    templateKey: round.templateKey,
    template: round.template,
    year: round.year,
    quarter: round.quarter,
    title: round.title,
    peerSample: round.peerSample,
    status: round.status,
    statusLabel: STATUS_LABELS[round.status],
    rosterOn: round.rosterOn,
    createdAt: round.createdAt,
    openedAt: round.openedAt,
    closedAt: round.closedAt,
    publishedAt: round.publishedAt,
    ratees: {
      total: ratees.length,
      probationary: ratees.filter((r) => r.partyStatus === 'probationary').length,
    },
    progress: RATER_GROUP_VALUES.filter((g) => active.includes(g)).map((g) => {
      if (g === 'staff') {
        return { group: g, assigned: links.issued, submitted: links.used, revoked: links.revoked };
      }
      const row = groups.find((x) => x.group === g);
      return { group: g, assigned: row?.assigned ?? 0, submitted: row?.submitted ?? 0 };
    }),
    metrics: metricAvailability(round.template),
  };
}
