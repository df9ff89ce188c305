import { pointItemOf, type PointItem, type PointRuleSet } from '@zhibu/shared';
import { round2 } from './format';
import type { PointEntryDraft } from './types';

/** The slot a record scores in. Stable across edits, so re-deriving a record finds its earlier entry. */
export function idempotencyKeyOf(
  sourceType: string,
  sourceId: string,
  personId: string,
  ruleCode: string,
): string {
  return [sourceType, sourceId, personId, ruleCode].map(encodeURIComponent).join(':');
}

/** Signed points for `units` of an item: items are written positive, deductions come out negative. */
export function pointsFor(item: PointItem, units: number): number {
  const magnitude = round2(item.points * units);
  return item.sign === 'negative' && magnitude !== 0 ? -magnitude : magnitude;
}

export type EntryFacts = {
  ruleCode: string;
  personId: string;
  units: number;
  sourceType: string;
  sourceId: string;
  occurredOn: string;
};

/**
 * The entry one person earns for `units` of an item: what derivation writes for automatic items and what
 * a claim (sourceType 'claim') or a branch record writes for the others. Throws on an unknown item code,
 * which is a caller's mistake: validate claims with `validateClaim` first.
 */
export function draftEntry(ruleSet: Pick<PointRuleSet, 'items'>, facts: EntryFacts): PointEntryDraft {
  const item = pointItemOf(ruleSet, facts.ruleCode);
  if (!item) throw new Error(`no point item ${facts.ruleCode}`);
  return {
    ...facts,
    points: pointsFor(item, facts.units),
    idempotencyKey: idempotencyKeyOf(facts.sourceType, facts.sourceId, facts.personId, facts.ruleCode),
  };
}
