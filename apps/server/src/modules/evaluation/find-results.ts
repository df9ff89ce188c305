import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { computeRoundResults, detailOf, type MemberDetail } from './compute-results';
import { frozenResults } from './frozen-results';
import { managedRound } from './round-access';
import type { RoundRow } from './rounds.repository';

// The branch's view of a round's results (evaluation:manage): per member the totals, categories,
// completion and the 民主评议 suggestion, in name order. Live until publication, frozen after.

async function detailsOf(ex: Executor, round: RoundRow): Promise<{ frozen: boolean; items: MemberDetail[] }> {
  if (round.status === 'published') return { frozen: true, items: await frozenResults(ex, round.id) };
  return { frozen: false, items: (await computeRoundResults(ex, round)).map(detailOf) };
}

/** What a list shows per member: everything but the indicators and the entries. */
export const summaryOf = (d: MemberDetail) => {
  const { indicators: _i, vetoedBy: _v, values: _x, vetoes: _y, ...rest } = d;
  return rest;
};

export async function roundResults(ex: Executor, ctx: RequestContext, roundId: string) {
  const round = await managedRound(ex, ctx, roundId);
  const { frozen, items } = await detailsOf(ex, round);
  return {
    roundId: round.id,
    status: round.status,
    frozen,
    publishedAt: round.publishedAt,
    items: items.map(summaryOf),
  };
}

export async function memberResult(ex: Executor, ctx: RequestContext, roundId: string, personId: string) {
  const round = await managedRound(ex, ctx, roundId);
  const { frozen, items } = await detailsOf(ex, round);
  const item = items.find((i) => i.personId === personId);
  if (!item) throw notFound();
  return { roundId: round.id, status: round.status, frozen, ...item };
}
