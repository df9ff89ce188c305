import {
  levelsForKind,
  talentLabel,
  TALENT_TIERS,
  weightTotal,
  zCredential,
  zJobPortrait,
  zReserveEntry,
  zTierCriteria,
  type JobPortraitInput,
} from '@zhibu/shared';
import { describe, expect, it } from 'vitest';
import { INSPECTOR } from './fixtures';

// The shared talent schemas (packages/shared/src/talent.ts): what a stored portrait, credential or
// criteria document may hold, with the issue messages the forms map to field errors.

const issues = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => i.message);

describe('zJobPortrait', () => {
  const base: JobPortraitInput = INSPECTOR;
  const reweigh = (weights: number[]) => ({
    ...base,
    indicators: base.indicators.map((i, n) => ({ ...i, weight: weights[n]! })),
  });

  it.each<[string, JobPortraitInput, string[]]>([
    ['the fixture', base, []],
    [
      'weights of 0.1 + 0.2 style sums within the tolerance',
      reweigh([0.1, 0.2, 0.3, 0.1, 0.1, 0.1, 0.1]),
      [],
    ],
    ['weights summing to 0.99', reweigh([0.19, 0.1, 0.1, 0.1, 0.2, 0.1, 0.2]), ['weights_sum']],
    ['weights summing to 1.01', reweigh([0.21, 0.1, 0.1, 0.1, 0.2, 0.1, 0.2]), ['weights_sum']],
    [
      'political standard not first',
      { ...base, indicators: [...base.indicators].reverse() },
      ['political_first'],
    ],
    [
      'political standard missing',
      { ...base, indicators: [{ code: 'skill', title: '专业技能', weight: 1 }] },
      ['political_first'],
    ],
    [
      'duplicate indicator codes',
      {
        ...base,
        indicators: [
          { code: 'political', title: '政治素质', weight: 0.5 },
          { code: 'political', title: '政治', weight: 0.5 },
        ],
      },
      ['duplicate_code'],
    ],
    [
      'duplicate certificate names',
      {
        ...base,
        certificates: [
          { name: '内审员', mandatory: true },
          { name: '内审员', mandatory: false },
        ],
      },
      ['duplicate_name'],
    ],
    [
      'a title level asked of a certificate',
      { ...base, certificates: [{ name: '内审员', mandatory: true, minLevel: 'intermediate' }] },
      ['level_not_for_kind'],
    ],
  ])('%s', (_name, input, expected) => {
    expect(issues(zJobPortrait.safeParse(input))).toEqual(expected);
  });

  it('rejects a gate above 100 and a negative weight', () => {
    const gate = {
      ...base,
      indicators: base.indicators.map((i, n) => (n === 0 ? { ...i, gateMin: 101 } : i)),
    };
    expect(zJobPortrait.safeParse(gate).success).toBe(false);
    expect(zJobPortrait.safeParse(reweigh([-0.1, 0.2, 0.1, 0.2, 0.2, 0.2, 0.2])).success).toBe(false);
  });

  it('sums weights for the form', () => {
    expect(weightTotal(INSPECTOR.indicators)).toBeCloseTo(1, 10);
  });
});

describe('zCredential', () => {
  const ok = { kind: 'title', name: '工程师', level: 'intermediate', obtainedOn: '2019-07-01' } as const;
  it.each<[string, Record<string, unknown>, string[]]>([
    ['a title with its level', ok, []],
    ['a title without a level', { ...ok, level: null }, ['title_level_required']],
    ['a skill grade as a title', { ...ok, level: 'technician' }, ['level_not_for_kind']],
    ['a certificate with a skill grade', { ...ok, kind: 'certificate', level: 'technician' }, []],
    ['a certificate with a scope', { ...ok, kind: 'certificate', level: 'provincial' }, []],
    ['an award without a level', { ...ok, kind: 'award', level: undefined }, []],
    ['an expiry before the date obtained', { ...ok, expiresOn: '2019-06-30' }, ['expiry_before_obtained']],
    ['an impossible date', { ...ok, obtainedOn: '2019-02-29' }, ['date']],
  ])('%s', (_name, input, expected) => {
    expect(issues(zCredential.safeParse(input))).toEqual(expected);
  });
});

describe('tiers and the reserve pool', () => {
  it('labels the three tiers', () => {
    expect(TALENT_TIERS.map((t) => talentLabel(TALENT_TIERS, t.value))).toEqual([
      '领军人才',
      '精英人才',
      '雏鹰人才',
    ]);
    expect(talentLabel(TALENT_TIERS, 'rising', 'en')).toBe('Rising talent');
  });

  it('rejects a tier configured twice and a level that does not fit its kind', () => {
    expect(
      issues(
        zTierCriteria.safeParse([
          { tier: 'elite', minMatch: 80 },
          { tier: 'elite', minMatch: 70 },
        ]),
      ),
    ).toEqual(['duplicate_tier']);
    expect(
      issues(
        zTierCriteria.safeParse([
          { tier: 'elite', minMatch: 80, anyCredential: [{ kind: 'award', minLevel: 'technician' }] },
        ]),
      ),
    ).toEqual(['level_not_for_kind']);
  });

  it('defaults a reserve entry to a yearly review and rejects reviews before entry', () => {
    expect(zReserveEntry.parse({ enteredOn: '2026-01-01', criteria: { minMatch: 75 } })).toMatchObject({
      reviewMonths: 12,
    });
    expect(
      issues(
        zReserveEntry.safeParse({
          enteredOn: '2026-01-01',
          criteria: { minMatch: 75 },
          nextReviewOn: '2025-12-31',
        }),
      ),
    ).toEqual(['review_before_entry']);
  });

  it('offers the levels that fit each kind', () => {
    expect(levelsForKind('title').map((l) => l.zh)).toEqual(['初级', '中级', '副高级', '正高级']);
    expect(levelsForKind('certificate')).toHaveLength(11);
  });
});
