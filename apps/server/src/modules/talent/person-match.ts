import { todayIn } from '../../platform/clock';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { matchFacts } from './match-facts';
import { tierFor } from './rules/index';
import { ownPerson, ownPortrait, personInScope, presentPerson, readablePortrait, requireApplicable } from './talent-access';
import { currentTiers, type PersonFacts, type PortraitRow } from './talent.repository';
import { DEFAULT_TIER_CRITERIA } from './templates/index';

// A person against a portrait: the latest scores (with day and scorer), the match (weighted score,
// gates, mandatory certificates, radar data, explanation) and the tier the default criteria give,
// beside the tier the branch has assigned.

async function matchView(ex: Executor, ctx: RequestContext, person: PersonFacts, portrait: PortraitRow) {
  const today = todayIn(ctx.timeZone);
  const [facts, tiers] = await Promise.all([matchFacts(ex, [{ person, portrait }], today), currentTiers(ex, [person.id])]);
  const f = [...facts.values()][0]!;
  const titles = new Map(portrait.definition.indicators.map((i) => [i.code, i.title]));
  const assigned = tiers.get(person.id) ?? null;
  return {
    person: presentPerson(ctx.actor, person),
    portrait: { id: portrait.id, code: portrait.code, title: portrait.title, family: portrait.family, scopeOrgName: portrait.scopeOrgName },
    today,
    scores: f.scores
      .filter((s) => titles.has(s.indicatorCode))
      .map((s) => ({ code: s.indicatorCode, title: titles.get(s.indicatorCode)!, score: s.score, scoredOn: s.scoredOn, scoredBy: s.scoredBy, note: s.note })),
    match: f.match,
    tier: {
      criteria: 'default' as const,
      rules: DEFAULT_TIER_CRITERIA,
      decision: tierFor(DEFAULT_TIER_CRITERIA, f.talent, today),
      assigned: assigned && { tier: assigned.tier, assignedOn: assigned.assignedOn, reason: assigned.reason, assignedBy: assigned.assignedBy },
    },
  };
}

/** The branch's view of a person's match against a portrait that applies to them. */
export async function personMatch(ex: Executor, ctx: RequestContext, personId: string, portraitId: string) {
  const person = await personInScope(ex, ctx, personId, 'talent:read');
  const portrait = await readablePortrait(ex, ctx, portraitId);
  requireApplicable(portrait, person);
  return matchView(ex, ctx, person, portrait);
}

/** One's own match against a portrait that applies to one. */
export async function myMatch(ex: Executor, ctx: RequestContext, portraitId: string) {
  const person = await ownPerson(ex, ctx);
  return matchView(ex, ctx, person, await ownPortrait(ex, person, portraitId));
}
