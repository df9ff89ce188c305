import { DEFAULT_REVIEW_MONTHS, zReserveEntry, type TalentTier, type zTalentCriteria } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit';
import { todayIn } from '../../platform/clock';
import { auditActor, type RequestContext } from '../../platform/context';
import { rows, type Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { validationFailed } from './create-portrait';
import { matchFacts } from './match-facts';
import { checkCriteria, reviewDueOn, type CriteriaCheck } from './rules/index';
import { personInScope, readablePortrait, refuseOwn, requireApplicable } from './talent-access';
import { DEFAULT_RESERVE_CRITERIA } from './templates/index';

export type ReserveInput = {
  personId: string;
  portraitId: string;
  enteredOn: string;
  targetTier?: TalentTier | null;
  direction?: string | null;
  /** The entry criteria; DEFAULT_RESERVE_CRITERIA when absent. */
  criteria?: z.input<typeof zTalentCriteria>;
  nextReviewOn?: string | null;
  reviewMonths?: number;
};

/**
 * Puts a person into the reserve pool (后备人才库) against a portrait, under entry criteria kept with the
 * entry. Whether the criteria are met today is returned and audited; the branch may still enter
 * someone who does not meet them yet (the reviews will say so).
 */
export async function enterReserve(
  ex: Executor,
  ctx: RequestContext,
  input: ReserveInput,
): Promise<{ id: string; dueOn: string; check: CriteriaCheck }> {
  const person = await personInScope(ex, ctx, input.personId, 'talent:manage');
  refuseOwn(ctx, person.id);
  const portrait = await readablePortrait(ex, ctx, input.portraitId);
  requireApplicable(portrait, person);
  const today = todayIn(ctx.timeZone);
  if (input.enteredOn > today) throw new AppError('TALENT_DATE_IN_FUTURE');
  const parsed = zReserveEntry.safeParse({
    enteredOn: input.enteredOn,
    targetTier: input.targetTier ?? null,
    direction: input.direction ?? null,
    criteria: input.criteria ?? DEFAULT_RESERVE_CRITERIA,
    nextReviewOn: input.nextReviewOn ?? null,
    reviewMonths: input.reviewMonths ?? DEFAULT_REVIEW_MONTHS,
  });
  if (!parsed.success) throw validationFailed(parsed.error.issues, '');
  const e = parsed.data;
  const facts = [...(await matchFacts(ex, [{ person, portrait }], today)).values()][0]!;
  const check = checkCriteria(e.criteria, facts.talent, today);
  const id = newId();
  const inserted = await rows<{ id: string }>(
    ex,
    sql`INSERT INTO talent_reserve_entry (id, person_id, portrait_id, entered_on, target_tier, direction, criteria, next_review_on, review_months, status, created_by)
        VALUES (${id}, ${person.id}, ${portrait.id}, ${e.enteredOn}, ${e.targetTier ?? null}, ${e.direction ?? null}, ${JSON.stringify(e.criteria)}::jsonb,
          ${e.nextReviewOn ?? null}, ${e.reviewMonths}, 'active', ${ctx.actor.accountId})
        ON CONFLICT (person_id) WHERE status = 'active' DO NOTHING RETURNING id`,
  );
  if (inserted.length === 0) throw new AppError('TALENT_RESERVE_EXISTS');
  await recordAudit(ex, auditActor(ctx), {
    action: 'talent_reserve.enter',
    entityType: 'talent_reserve_entry',
    entityId: id,
    after: { personId: person.id, portraitId: portrait.id, ...e, matchScore: facts.match.score, meetsCriteria: check.met },
  });
  return { id, dueOn: reviewDueOn(e), check };
}
