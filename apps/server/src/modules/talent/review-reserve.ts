import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { todayIn } from '../../platform/clock';
import { auditActor, type RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { matchFacts } from './match-facts';
import { nextReviewAfter, reviewReserveEntry } from './rules/index';
import { personInScope, refuseOwn } from './talent-access';
import { getPortraitRow, getReserveRow } from './talent.repository';

export type ReviewInput = {
  reviewedOn: string;
  outcome: 'keep' | 'remove';
  reason?: string | null;
  /** An agreed review date; otherwise the review date moves by the entry's review months. */
  nextReviewOn?: string | null;
};

/**
 * Records the branch's review of a pool entry. Keep: the last review is this one and the next review
 * date moves (`nextReviewAfter`, or the date agreed). Remove: the entry leaves the pool with the reason.
 * What the criteria said on the day is kept with the review, whichever way the branch decided.
 */
export async function reviewReserve(
  ex: Executor,
  ctx: RequestContext,
  entryId: string,
  input: ReviewInput,
): Promise<{ id: string; status: 'active' | 'removed'; nextReviewOn: string | null; meetsCriteria: boolean }> {
  const entry = await getReserveRow(ex, entryId, true);
  if (!entry) throw notFound();
  const person = await personInScope(ex, ctx, entry.personId, 'talent:manage');
  refuseOwn(ctx, person.id);
  if (entry.status !== 'active') throw new AppError('TALENT_RESERVE_STATE_INVALID');
  const today = todayIn(ctx.timeZone);
  if (input.reviewedOn > today) throw new AppError('TALENT_DATE_IN_FUTURE');
  const issues: { path: string; message: string }[] = [];
  if (input.reviewedOn < entry.enteredOn) issues.push({ path: 'reviewedOn', message: 'review_before_entry' });
  if (input.outcome === 'remove' && !input.reason) issues.push({ path: 'reason', message: '移出后备人才库须写明理由' });
  if (input.outcome === 'keep' && input.nextReviewOn && input.nextReviewOn <= input.reviewedOn) {
    issues.push({ path: 'nextReviewOn', message: 'next_review_not_after_review' });
  }
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', {}, { issues });

  const portrait = (await getPortraitRow(ex, entry.portraitId))!;
  const facts = [...(await matchFacts(ex, [{ person, portrait }], today)).values()][0]!;
  const found = reviewReserveEntry(entry, facts.talent, today);
  const nextReviewOn = input.outcome === 'keep' ? (input.nextReviewOn ?? nextReviewAfter(input.reviewedOn, entry.reviewMonths)) : null;
  const id = newId();
  await ex.execute(sql`INSERT INTO talent_reserve_review (id, entry_id, reviewed_on, outcome, reason, meets_criteria, match_score, next_review_on, reviewed_by)
    VALUES (${id}, ${entry.id}, ${input.reviewedOn}, ${input.outcome}, ${input.reason ?? null}, ${found.meetsCriteria}, ${facts.match.score},
      ${nextReviewOn}, ${ctx.actor.accountId})`);
  if (input.outcome === 'keep') {
    await ex.execute(sql`UPDATE talent_reserve_entry SET last_reviewed_on = ${input.reviewedOn}, next_review_on = ${nextReviewOn} WHERE id = ${entry.id}`);
  } else {
    await ex.execute(sql`UPDATE talent_reserve_entry SET status = 'removed', last_reviewed_on = ${input.reviewedOn}, removed_on = ${input.reviewedOn},
      removed_reason = ${input.reason ?? null} WHERE id = ${entry.id}`);
  }
  await recordAudit(ex, auditActor(ctx), {
    action: input.outcome === 'keep' ? 'talent_reserve.keep' : 'talent_reserve.remove',
    entityType: 'talent_reserve_entry',
    entityId: entry.id,
    before: { status: entry.status, lastReviewedOn: entry.lastReviewedOn, nextReviewOn: found.dueOn },
    after: {
      status: input.outcome === 'keep' ? 'active' : 'removed',
      lastReviewedOn: input.reviewedOn,
      nextReviewOn,
      reason: input.reason ?? null,
      meetsCriteria: found.meetsCriteria,
      matchScore: facts.match.score,
    },
  });
  return { id, status: input.outcome === 'keep' ? 'active' : 'removed', nextReviewOn, meetsCriteria: found.meetsCriteria };
}
