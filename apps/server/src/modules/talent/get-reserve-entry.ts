import { sql } from 'drizzle-orm';
import { todayIn } from '../../platform/clock';
import type { RequestContext } from '../../platform/context';
import { rows, type Executor } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { matchFacts } from './match-facts';
import { reviewReserveEntry } from './rules/index';
import { personInScope, presentPerson } from './talent-access';
import { getPortraitRow, getReserveRow } from './talent.repository';

/** One pool entry with today's review and every review recorded, newest first. */
export async function getReserveEntry(ex: Executor, ctx: RequestContext, id: string) {
  const entry = await getReserveRow(ex, id);
  if (!entry) throw notFound();
  const person = await personInScope(ex, ctx, entry.personId, 'talent:read');
  const portrait = (await getPortraitRow(ex, entry.portraitId))!;
  const today = todayIn(ctx.timeZone);
  const [facts, reviews] = await Promise.all([
    matchFacts(ex, [{ person, portrait }], today),
    rows<{ id: string; reviewedOn: string; outcome: string; reason: string | null; meetsCriteria: boolean; matchScore: number | null; nextReviewOn: string | null; reviewedBy: string | null }>(
      ex,
      sql`SELECT v.id, v.reviewed_on::text AS "reviewedOn", v.outcome, v.reason, v.meets_criteria AS "meetsCriteria", v.match_score::float8 AS "matchScore",
                 v.next_review_on::text AS "nextReviewOn", a.display_name AS "reviewedBy"
          FROM talent_reserve_review v LEFT JOIN account a ON a.id = v.reviewed_by
          WHERE v.entry_id = ${id} ORDER BY v.reviewed_on DESC, v.created_at DESC`,
    ),
  ]);
  const f = [...facts.values()][0]!;
  const { entry: _entry, ...review } = reviewReserveEntry(entry, f.talent, today);
  return {
    ...entry,
    person: presentPerson(ctx.actor, person),
    portrait: { id: portrait.id, code: portrait.code, title: portrait.title },
    match: { score: f.match.score, qualified: f.match.qualified },
    review: entry.status === 'active' ? review : null,
    reviews,
  };
}
