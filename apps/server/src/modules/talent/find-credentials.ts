import { todayIn } from '../../platform/clock';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { credentialSummary } from './rules/index';
import { ownPerson, personInScope, presentPerson } from './talent-access';
import { credentialsOf, type PersonFacts } from './talent.repository';

async function credentialsView(ex: Executor, ctx: RequestContext, person: PersonFacts) {
  const today = todayIn(ctx.timeZone);
  const items = (await credentialsOf(ex, [person.id])).get(person.id) ?? [];
  const s = credentialSummary(items, today);
  return {
    person: presentPerson(ctx.actor, person),
    today,
    // Newest first, as a profile reads.
    items: [...items].reverse(),
    summary: {
      current: s.current,
      byKind: s.byKind,
      byLevel: s.byLevel,
      highestTitle: s.highestTitle,
      highestSkill: s.highestSkill,
      expiringSoon: s.expiringSoon,
      expired: s.expired,
      notYetValid: s.notYetValid,
    },
  };
}

/** A person's credentials with their summary (expiring within 90 days, highest title and skill grade). */
export async function personCredentials(ex: Executor, ctx: RequestContext, personId: string) {
  return credentialsView(ex, ctx, await personInScope(ex, ctx, personId, 'talent:read'));
}

/** One's own credentials. */
export async function myCredentials(ex: Executor, ctx: RequestContext) {
  return credentialsView(ex, ctx, await ownPerson(ex, ctx));
}
