import type { PointClaimErrorCode } from '@zhibu/shared';
import { describe, expect, it } from 'vitest';
import { ruleSet } from './fixtures';
import { validateClaim, type PointClaim } from './validate-claim';

const RULES = ruleSet();
const claim = (extra: Partial<PointClaim> = {}): PointClaim => ({
  ruleCode: 'S2',
  occurredOn: '2025-03-10',
  units: 1,
  evidenceCount: 1,
  ...extra,
});

describe('validateClaim', () => {
  it.each<[string, PointClaim, PointClaimErrorCode[]]>([
    ['a claimable item with evidence inside the year', claim(), []],
    ['several occurrences at once', claim({ units: 2 }), []],
    ['the first and last day of the year', claim({ occurredOn: '2025-01-01' }), []],
    [
      'an unknown item stops the checks',
      claim({ ruleCode: 'ZZ', units: -1, evidenceCount: 0 }),
      ['POINTS_ITEM_UNKNOWN'],
    ],
    ['an automatic item', claim({ ruleCode: 'O1' }), ['POINTS_ITEM_NOT_CLAIMABLE']],
    ['a branch item', claim({ ruleCode: 'D2' }), ['POINTS_ITEM_NOT_CLAIMABLE']],
    ['a deduction', claim({ ruleCode: 'N6' }), ['POINTS_ITEM_NOT_CLAIMABLE']],
    ['no evidence where it is required', claim({ evidenceCount: 0 }), ['POINTS_EVIDENCE_REQUIRED']],
    ['the year before', claim({ occurredOn: '2024-12-31' }), ['POINTS_DATE_OUTSIDE_YEAR']],
    ['the year after', claim({ occurredOn: '2026-01-01' }), ['POINTS_DATE_OUTSIDE_YEAR']],
    ['a date that is no date', claim({ occurredOn: 'March' }), ['POINTS_DATE_OUTSIDE_YEAR']],
    ['zero units', claim({ units: 0 }), ['POINTS_UNITS_INVALID']],
    ['negative units', claim({ units: -2 }), ['POINTS_UNITS_INVALID']],
    ['half an occurrence', claim({ units: 1.5 }), ['POINTS_UNITS_INVALID']],
    ['not a number', claim({ units: Number.NaN }), ['POINTS_UNITS_INVALID']],
    [
      'every problem at once, in a fixed order',
      claim({ ruleCode: 'O1', evidenceCount: 0, occurredOn: '2024-05-01', units: 0 }),
      ['POINTS_ITEM_NOT_CLAIMABLE', 'POINTS_DATE_OUTSIDE_YEAR', 'POINTS_UNITS_INVALID'],
    ],
  ])('%s', (_name, c, codes) => {
    const r = validateClaim(RULES, c);
    expect(r.errors.map((e) => e.code)).toEqual(codes);
    expect(r.ok).toBe(codes.length === 0);
  });

  it('accepts hours in fractions for items counted per hour', () => {
    const rules = ruleSet({
      items: [
        {
          code: 'H1',
          title: '志愿服务',
          category: 'volunteering',
          sign: 'positive',
          points: 0.5,
          unit: 'hour',
          awardedBy: 'self_claim',
        },
      ],
    });
    expect(validateClaim(rules, claim({ ruleCode: 'H1', units: 2.5, evidenceCount: 0 })).ok).toBe(true);
  });

  it.each([
    ['today', '2025-03-10', true],
    ['yesterday', '2025-03-09', true],
    ['tomorrow', '2025-03-11', false],
  ])('with today given, a claim dated %s is %s', (_name, occurredOn, ok) => {
    const r = validateClaim(RULES, claim({ occurredOn }), '2025-03-10');
    expect(r.ok).toBe(ok);
    if (!ok) expect(r.errors).toEqual([{ code: 'POINTS_DATE_IN_FUTURE', field: 'occurredOn' }]);
  });

  it('names the field of each problem for the form', () => {
    expect(validateClaim(RULES, claim({ evidenceCount: 0, units: 0 })).errors).toEqual([
      { code: 'POINTS_EVIDENCE_REQUIRED', field: 'evidenceCount' },
      { code: 'POINTS_UNITS_INVALID', field: 'units' },
    ]);
  });
});
