import type { TalentTier } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { todayIn } from '../../platform/clock';
import { auditActor, type RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { matchFacts } from './match-facts';
import { tierFor, type TierDecision } from './rules/index';
import { personInScope, readablePortrait, refuseOwn, requireApplicable } from './talent-access';
import { currentTiers } from './talent.repository';
import { DEFAULT_TIER_CRITERIA } from './templates/index';

export type TierInput = {
  /** null ends the current tier. */
  tier: TalentTier | null;
  portraitId?: string | null;
  assignedOn: string;
  reason: string;
};

/**
 * The branch assigns a person to 领军 / 精英 / 雏鹰 (or ends their tier). It is the branch's decision:
 * what the default criteria say on the day is returned and kept with it, never imposed. The tier held
 * before ends on the day the new one is assigned.
 */
export async function assignTier(
  ex: Executor,
  ctx: RequestContext,
  personId: string,
  input: TierInput,
): Promise<{ id: string | null; tier: TalentTier | null; suggested: TierDecision | null }> {
  const person = await personInScope(ex, ctx, personId, 'talent:manage');
  refuseOwn(ctx, person.id);
  const today = todayIn(ctx.timeZone);
  if (input.assignedOn > today) throw new AppError('TALENT_DATE_IN_FUTURE');
  let suggested: TierDecision | null = null;
  let matchScore: number | null = null;
  if (input.portraitId) {
    const portrait = await readablePortrait(ex, ctx, input.portraitId);
    requireApplicable(portrait, person);
    const facts = [...(await matchFacts(ex, [{ person, portrait }], today)).values()][0]!;
    matchScore = facts.match.score;
    suggested = tierFor(DEFAULT_TIER_CRITERIA, facts.talent, today);
  }
  await ex.execute(sql`SELECT id FROM person WHERE id = ${person.id} FOR UPDATE`);
  const before = (await currentTiers(ex, [person.id])).get(person.id) ?? null;
  // Ending a tier nobody holds changes nothing.
  if (!before && !input.tier) return { id: null, tier: null, suggested };
  if (before && input.assignedOn < before.assignedOn) {
    throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'assignedOn', message: 'before_current_tier' }] });
  }
  if (before) {
    await ex.execute(sql`UPDATE talent_tier_assignment SET ended_on = ${input.assignedOn}, ended_reason = ${input.reason} WHERE id = ${before.id}`);
  }
  let id: string | null = null;
  if (input.tier) {
    id = newId();
    await ex.execute(sql`INSERT INTO talent_tier_assignment (id, person_id, tier, portrait_id, assigned_on, reason, match_score, suggested_tier, assigned_by)
      VALUES (${id}, ${person.id}, ${input.tier}, ${input.portraitId ?? null}, ${input.assignedOn}, ${input.reason}, ${matchScore}, ${suggested?.tier ?? null},
        ${ctx.actor.accountId})`);
  }
  await recordAudit(ex, auditActor(ctx), {
    action: input.tier ? 'talent_tier.assign' : 'talent_tier.end',
    entityType: 'person',
    entityId: person.id,
    before: before ? { tier: before.tier, assignedOn: before.assignedOn } : { tier: null },
    after: { tier: input.tier, on: input.assignedOn, reason: input.reason, portraitId: input.portraitId ?? null, matchScore, suggestedTier: suggested?.tier ?? null },
  });
  return { id, tier: input.tier, suggested };
}
