import { type PointItemInput, zPointItem, zPointRuleSet } from '@zhibu/shared';
import { describe, expect, it } from 'vitest';
import { ITEMS, ruleSet, YEAR } from './fixtures';

// The shared schema is where a rule set is judged valid; these cases keep items the rules cannot score
// (an automatic item without a source, a claimable deduction, a veto anyone could trigger) out.

const issues = (item: PointItemInput) => {
  const r = zPointItem.safeParse(item);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
};

describe('zPointItem', () => {
  it.each<[string, PointItemInput, string[]]>([
    ['a capped automatic bonus', ITEMS.meetings, []],
    ['a per-hour automatic bonus', ITEMS.volunteering, []],
    ['a veto recorded by the branch', ITEMS.crime, []],
    ['an automatic item without a source', { ...ITEMS.meetings, source: null }, ['source']],
    ['a claimable item with a source', { ...ITEMS.notes, source: { kind: 'lesson.given' } }, ['source']],
    ['a bonus fed by a deduction kind', { ...ITEMS.meetings, source: { kind: 'dues.late' } }, ['sign']],
    ['volunteer hours counted per occurrence', { ...ITEMS.volunteering, unit: 'occurrence' }, ['unit']],
    [
      'meeting types on a kind that has none',
      { ...ITEMS.duesLate, source: { kind: 'dues.late', meetingTypes: ['theme_day'] } },
      ['source'],
    ],
    ['a claimable deduction', { ...ITEMS.notes, sign: 'negative' }, ['awardedBy']],
    ['a veto that is a bonus', { ...ITEMS.crime, sign: 'positive' }, ['sign']],
    ['a veto a member could claim', { ...ITEMS.crime, awardedBy: 'self_claim' }, ['awardedBy', 'awardedBy']],
    ['an ordinary item worth nothing', { ...ITEMS.task, points: 0 }, ['points']],
    ['a cap of 0', { ...ITEMS.task, cap: { period: 'month', points: 0 } }, ['cap.points']],
    ['an unknown category', { ...ITEMS.task, category: 'sports' as never }, ['category']],
  ])('%s', (_name, item, paths) => {
    expect(issues(item)).toEqual(paths);
  });

  it('fills the defaults', () => {
    expect(
      zPointItem.parse({
        code: 'A',
        title: 'a',
        category: 'other',
        sign: 'positive',
        points: 1,
        awardedBy: 'branch',
      }),
    ).toEqual({
      code: 'A',
      title: 'a',
      category: 'other',
      sign: 'positive',
      points: 1,
      unit: 'occurrence',
      cap: null,
      awardedBy: 'branch',
      evidenceRequired: false,
      veto: false,
      source: null,
    });
  });
});

describe('zPointRuleSet', () => {
  it('reads a rule set with its defaults', () => {
    const r = ruleSet();
    expect([r.year, r.version, r.model, r.positiveCap, r.claimPeriod]).toEqual([
      YEAR,
      1,
      'base_plus',
      null,
      null,
    ]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['duplicate item codes', { items: [ITEMS.task, ITEMS.task] }, 'duplicate code D2'],
    ['a maximum below the minimum', { minTotal: 50, maxTotal: 40 }, 'maxTotal is below minTotal'],
    ['no items', { items: [] }, ''],
    ['a year out of range', { year: 1999 }, ''],
  ])('refuses %s', (_name, change, message) => {
    const r = zPointRuleSet.safeParse({
      code: 't',
      name: 't',
      year: YEAR,
      basePoints: 60,
      items: [ITEMS.task],
      ...change,
    });
    expect(r.success).toBe(false);
    if (message) expect(r.error!.issues.map((i) => i.message)).toContain(message);
  });
});
