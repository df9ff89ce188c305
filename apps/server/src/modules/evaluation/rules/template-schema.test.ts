import { activeRaterGroups, ratersOf, scoredItemsOf, zIndicatorTemplate } from '@zhibu/shared';
import { describe, expect, it } from 'vitest';
import { SMALL, template } from './fixtures';

// The template schema lives in @zhibu/shared; its validation rules are what the scoring relies on.

type Cat = (typeof SMALL.categories)[number];
const withIndicator = (extra: Record<string, unknown>) => ({
  ...SMALL,
  categories: [
    { code: 'X', title: '其他', indicators: [{ code: 'X1', title: '指标', maxScore: 5, ...extra }] } as Cat,
  ],
});

describe('zIndicatorTemplate', () => {
  it.each<[string, unknown, string | null]>([
    ['the small template', SMALL, null],
    [
      'weights summing to 1 through float noise',
      { ...SMALL, raters: { weights: { self: 0.1, peer: 0.2, staff: 0.3, branch: 0.4 } } },
      null,
    ],
    [
      'weights below 1',
      { ...SMALL, raters: { weights: { self: 0.1, peer: 0.3, staff: 0.3, branch: 0.2 } } },
      'rater weights sum to',
    ],
    [
      'weights above 1',
      { ...SMALL, raters: { weights: { self: 0.5, peer: 0.3, staff: 0.3, branch: 0.3 } } },
      'rater weights sum to',
    ],
    ['no weights at all', { ...SMALL, raters: { weights: {} } }, 'rater weights sum to'],
    ['a weight above 1', { ...SMALL, raters: { weights: { self: 1.2, peer: -0.2 } } }, ''],
    [
      'a rater group without weight',
      { ...SMALL, raters: { weights: { self: 0.5, peer: 0.5 } } },
      'B1: group staff has no weight',
    ],
    [
      'a duplicate code',
      {
        ...SMALL,
        categories: [
          ...SMALL.categories,
          { code: 'C', title: 'c', indicators: [{ code: 'A1', title: 't', maxScore: 1, source: 'manual' }] },
        ],
      },
      'duplicate code A1',
    ],
    [
      'automatic without a metric',
      withIndicator({ source: 'automatic' }),
      'an automatic indicator needs a metric',
    ],
    [
      'a metric on a manual indicator',
      withIndicator({ source: 'manual', metric: { key: 'm' } }),
      'only automatic indicators read a metric',
    ],
    [
      'a rule on a rated indicator',
      withIndicator({ source: 'rated', rule: { type: 'linear', target: 1 } }),
      'only automatic indicators have a scoring rule',
    ],
    [
      'raters on a manual indicator',
      withIndicator({ source: 'manual', raters: ['peer'] }),
      'only rated indicators have raters',
    ],
    [
      'a group listed twice',
      withIndicator({ source: 'rated', raters: ['peer', 'peer'] }),
      'a group is listed twice',
    ],
    [
      'a step above the maximum',
      withIndicator({
        source: 'automatic',
        metric: { key: 'm' },
        rule: { type: 'steps', steps: [{ min: 1, score: 6 }] },
      }),
      'a step gives more than the maximum score',
    ],
    [
      'threshold min above max',
      withIndicator({
        source: 'automatic',
        metric: { key: 'm' },
        rule: { type: 'threshold', min: 3, max: 1 },
      }),
      'min is above max',
    ],
    ['a zero maximum', withIndicator({ source: 'manual', maxScore: 0 }), ''],
    ['an unknown source', withIndicator({ source: 'survey' }), ''],
    ['an unknown period', { ...SMALL, period: 'month' }, ''],
    ['a band with an unknown grade', { ...SMALL, appraisal: { bands: [{ min: 90, grade: 'top' }] } }, ''],
  ])('%s', (_name, input, message) => {
    const r = zIndicatorTemplate.safeParse(input);
    if (message === null) {
      expect(r.success, r.success ? '' : JSON.stringify(r.error.issues)).toBe(true);
    } else {
      expect(r.success).toBe(false);
      if (!r.success && message) expect(r.error.issues.map((i) => i.message).join(' | ')).toContain(message);
    }
  });

  it('fills the defaults', () => {
    const t = template({ raters: { weights: { peer: 0.5, staff: 0.5 } } });
    expect(t.raters).toEqual({ weights: { self: 0, peer: 0.5, staff: 0.5, branch: 0 }, trimExtremes: false });
    expect(t.categories[0]?.indicators[0]).toMatchObject({ weight: 1, veto: false });
  });
});

describe('activeRaterGroups and ratersOf', () => {
  const T = template();
  const item = (code: string) => scoredItemsOf(T).find((i) => i.code === code)!;

  it.each([
    ['A1', ['self', 'peer', 'staff', 'branch']],
    ['B1', ['peer', 'staff']],
    ['A2', []],
    ['A3', []],
  ])('%s is rated by %j', (code, groups) => {
    expect(ratersOf(T, item(code))).toEqual(groups);
  });

  it('leaves out groups at weight 0', () => {
    expect(activeRaterGroups(template({ raters: { weights: { peer: 0.5, staff: 0.5 } } }))).toEqual([
      'peer',
      'staff',
    ]);
  });

  it('flattens the tree once per template object', () => {
    expect(scoredItemsOf(T)).toBe(scoredItemsOf(T));
    expect(scoredItemsOf(T).map((i) => `${i.categoryCode}/${i.code}`)).toEqual([
      'A/A1',
      'A/A2',
      'A/A3',
      'B/B1',
      'B/B2',
    ]);
  });
});
