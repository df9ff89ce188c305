import { pointItemOf, type PointClaimErrorCode, type PointRuleSet } from '@zhibu/shared';
import { yearOf } from './dates';

// Whether a member may claim an item (申报). The branch's review decides whether the claim is true; this
// only checks what can be checked without a person: the item is claimable, the evidence it asks for is
// there, the date is in the rule set's year and not ahead of today, the quantity makes sense.

export type PointClaim = {
  ruleCode: string;
  /** YYYY-MM-DD: when the thing claimed happened. */
  occurredOn: string;
  /** Occurrences (whole) or hours, as the item counts. */
  units: number;
  /** Attachments uploaded with the claim. */
  evidenceCount: number;
};

export type PointClaimIssue = { code: PointClaimErrorCode; field: keyof PointClaim };

export type PointClaimCheck = { ok: boolean; errors: PointClaimIssue[] };

/**
 * Every reason the claim is refused, in a fixed order (an unknown item stops the checks). `today`
 * (YYYY-MM-DD, the branch's local date) refuses claims for future days; leave it out to skip that check.
 */
export function validateClaim(
  ruleSet: Pick<PointRuleSet, 'year' | 'items'>,
  claim: PointClaim,
  today?: string,
): PointClaimCheck {
  const item = pointItemOf(ruleSet, claim.ruleCode);
  if (!item) return { ok: false, errors: [{ code: 'POINTS_ITEM_UNKNOWN', field: 'ruleCode' }] };
  const errors: PointClaimIssue[] = [];
  if (item.awardedBy !== 'self_claim') errors.push({ code: 'POINTS_ITEM_NOT_CLAIMABLE', field: 'ruleCode' });
  if (item.evidenceRequired && claim.evidenceCount < 1) {
    errors.push({ code: 'POINTS_EVIDENCE_REQUIRED', field: 'evidenceCount' });
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(claim.occurredOn) || yearOf(claim.occurredOn) !== ruleSet.year) {
    errors.push({ code: 'POINTS_DATE_OUTSIDE_YEAR', field: 'occurredOn' });
  } else if (today !== undefined && claim.occurredOn > today) {
    errors.push({ code: 'POINTS_DATE_IN_FUTURE', field: 'occurredOn' });
  }
  const whole = item.unit === 'occurrence';
  if (!Number.isFinite(claim.units) || claim.units <= 0 || (whole && !Number.isInteger(claim.units))) {
    errors.push({ code: 'POINTS_UNITS_INVALID', field: 'units' });
  }
  return { ok: errors.length === 0, errors };
}
