import { sql } from 'drizzle-orm';
import { inScope, requireOrgsInScope } from '../../platform/access';
import { todayIn } from '../../platform/clock';
import type { RequestContext } from '../../platform/context';
import { one, rows, type Executor } from '../../platform/db';
import { likeEscape } from '../../platform/sql-helpers';
import { matchFacts } from './match-facts';
import { reservePoolReview } from './rules/index';
import { presentPerson } from './talent-access';
import { pairKey, peopleFacts, portraitRows, RESERVE_COLUMNS, type ReserveRow } from './talent.repository';

// The reserve pool (后备人才库) of an org's subtree, in name order (never ranked by score), each entry
// with its review: the date in force, whether it is due or due soon, whether the entry criteria are
// still met, and the suggested action. Nothing is removed here: removal is a review the branch records.

export type ReserveQuery = { orgId: string; q?: string; status: 'active' | 'removed'; page: number; pageSize: number };

export async function findReserve(ex: Executor, ctx: RequestContext, query: ReserveQuery) {
  await requireOrgsInScope(ex, ctx.actor, 'talent:read', [query.orgId]);
  const org = (await one<{ path: string }>(ex, sql`SELECT path FROM org_node WHERE id = ${query.orgId}`))!;
  const today = todayIn(ctx.timeZone);
  const entries = await rows<ReserveRow & { name: string }>(
    ex,
    sql`SELECT ${RESERVE_COLUMNS}, p.name FROM talent_reserve_entry r JOIN person p ON p.id = r.person_id JOIN org_node o ON o.id = p.org_node_id
        WHERE r.status = ${query.status} AND o.path LIKE ${`${org.path}%`} AND ${inScope(ctx.actor, 'talent:read', sql`o.path`)}
        ${query.q ? sql`AND p.name LIKE ${`%${likeEscape(query.q)}%`}` : sql``}
        ORDER BY p.name COLLATE "C", p.id`,
  );
  const [people, portraits] = await Promise.all([
    peopleFacts(
      ex,
      entries.map((e) => e.personId),
    ),
    portraitRows(
      ex,
      entries.map((e) => e.portraitId),
    ),
  ]);
  const pairs = entries.map((e) => ({ person: people.get(e.personId)!, portrait: portraits.get(e.portraitId)! }));
  const facts = await matchFacts(ex, pairs, today);
  const review = reservePoolReview(
    entries.map((entry) => ({ entry, person: facts.get(pairKey(entry.personId, entry.portraitId))!.talent })),
    today,
  );
  const page = review.items.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
  return {
    today,
    total: entries.length,
    page: query.page,
    pageSize: query.pageSize,
    // Counts over the whole pool; the entries themselves are in name order.
    due: review.due.length,
    dueSoon: review.dueSoon.length,
    suggestRemoval: review.suggestRemoval.length,
    items: page.map((i) => {
      const e = i.entry;
      const f = facts.get(pairKey(e.personId, e.portraitId))!;
      const portrait = portraits.get(e.portraitId)!;
      return {
        id: e.id,
        person: presentPerson(ctx.actor, people.get(e.personId)!),
        portrait: { id: portrait.id, code: portrait.code, title: portrait.title },
        enteredOn: e.enteredOn,
        targetTier: e.targetTier,
        direction: e.direction,
        criteria: e.criteria,
        lastReviewedOn: e.lastReviewedOn,
        reviewMonths: e.reviewMonths,
        status: e.status,
        removedOn: e.removedOn,
        removedReason: e.removedReason,
        match: { score: f.match.score, qualified: f.match.qualified },
        review: {
          dueOn: i.dueOn,
          daysUntilDue: i.daysUntilDue,
          due: i.due,
          dueSoon: i.dueSoon,
          meetsCriteria: i.meetsCriteria,
          action: i.action,
          missing: i.missing,
          explanation: i.explanation,
        },
      };
    }),
  };
}
