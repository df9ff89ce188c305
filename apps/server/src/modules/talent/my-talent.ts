import { todayIn } from '../../platform/clock';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { matchFacts } from './match-facts';
import { ownPerson, presentPerson } from './talent-access';
import { currentTiers, pairKey, portraitRows, scoredPortraitIds } from './talent.repository';

/**
 * A member's own talent profile at a glance: their tier, and each portrait that applies to them and
 * they have been scored against, with the match score (the full match is `myMatch`). Their credentials
 * are `myCredentials`. The reserve pool is the branch's working list and is not shown here.
 */
export async function myTalent(ex: Executor, ctx: RequestContext) {
  const person = await ownPerson(ex, ctx);
  const today = todayIn(ctx.timeZone);
  const [tiers, ids] = await Promise.all([currentTiers(ex, [person.id]), scoredPortraitIds(ex, person.id)]);
  const portraits = [...(await portraitRows(ex, ids)).values()]
    .filter((p) => person.orgPath.startsWith(p.scopePath))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const facts = await matchFacts(
    ex,
    portraits.map((portrait) => ({ person, portrait })),
    today,
  );
  const tier = tiers.get(person.id);
  return {
    person: presentPerson(ctx.actor, person),
    tier: tier ? { tier: tier.tier, assignedOn: tier.assignedOn, reason: tier.reason } : null,
    portraits: portraits.map((p) => {
      const m = facts.get(pairKey(person.id, p.id))!.match;
      return { id: p.id, code: p.code, title: p.title, score: m.score, qualified: m.qualified, unscored: m.unscored.length };
    }),
  };
}
