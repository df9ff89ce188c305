import { describe, expect, it } from 'vitest';
import { evaluateOrg } from './evaluate-org';
import { gapToNext } from './gap';
import { MIDDLING, PERFECT, SAMPLE, inputsOf } from './sample-scheme';

const levels = SAMPLE.levels!;

describe('gapToNext', () => {
  it('shows a 3★ branch what 4★ takes, cheapest first', () => {
    const gap = gapToNext(SAMPLE, evaluateOrg(SAMPLE, inputsOf(MIDDLING)), levels);
    expect(gap).toMatchObject({ current: 3, next: 4, pointsShort: 9.18 });
    expect(gap.failingHard).toEqual([{ code: 'B3', title: '特色活动', fromStar: 4, status: 'skipped' }]);
    expect(gap.suggestions.map((s) => [s.code, s.gain, s.action.zh])).toEqual([
      ['A3', 10, '上传佐证材料并提交审核'],
      ['B3', 10, '选答该自选题，最多可得 +10 分'],
      ['B4', 1.11, '提高到 90% 可得 +1.11 分'],
      ['B2', 10, '再召开 2 次可得 +10 分'],
      ['B1', 2, '再召开 2 次可得 +2 分'],
    ]);
    expect(gap.suggestions[3]!.action.en).toBe('Hold 2 more to gain +10 points');
    expect(gap.suggestions[0]!.title).toBe('阵地建设');
  });

  it('lists the failed and pending hard items up to the next level', () => {
    const e = evaluateOrg(SAMPLE, inputsOf(PERFECT, { A1: { answered: true, metric: { value: 0 }, unit: 'bool' }, A3: { answered: true } }));
    const gap = gapToNext(SAMPLE, e, levels);
    expect([gap.current, gap.next]).toEqual([0, 3]);
    expect(gap.failingHard).toEqual([{ code: 'A1', title: '支部设置规范', fromStar: 3, status: 'fail' }]);
    expect(gap.pointsShort).toBe(0);
  });

  it('has nothing above the top level', () => {
    const gap = gapToNext(SAMPLE, evaluateOrg(SAMPLE, inputsOf(PERFECT)), levels);
    expect(gap).toEqual({ current: 5, next: null, failingHard: [], pointsShort: 0, suggestions: [] });
  });

  it('shows a 4★ branch held by a pending hard item what 5★ needs', () => {
    const gap = gapToNext(SAMPLE, evaluateOrg(SAMPLE, inputsOf(PERFECT, { A3: { answered: true } })), levels);
    expect(gap).toMatchObject({ current: 4, next: 5, pointsShort: 0 });
    expect(gap.failingHard.map((h) => [h.code, h.status])).toEqual([['A3', 'pending']]);
  });

  it('suggests nothing a branch cannot change by adding records', () => {
    const e = evaluateOrg(
      SAMPLE,
      inputsOf(PERFECT, {
        A2: { answered: true, metric: { value: 200 }, unit: 'days' },
        N2: { answered: true, metric: { value: 1 } },
        E1: { answered: true, review: { score: 50, pass: null } },
      }),
    );
    expect(gapToNext(SAMPLE, e, levels).suggestions).toEqual([]);
  });

  it('counts an optional item only by what it adds over the weakest one counted', () => {
    const def = {
      ...SAMPLE,
      categories: SAMPLE.categories.map((c) =>
        c.code === 'B' ? { ...c, criteria: [...c.criteria, { ...c.criteria[2]!, code: 'B5', title: '自选二', hardFromStar: null }] } : c,
      ),
    };
    const e = evaluateOrg(def, inputsOf(PERFECT, { B3: { answered: true, review: { score: 6, pass: null } }, B5: { answered: false } }));
    expect(gapToNext(def, e, levels).suggestions.find((s) => s.code === 'B5')).toMatchObject({ gain: 4 });
  });

  it('returns at most eight suggestions', () => {
    const many = {
      ...SAMPLE,
      categories: [
        {
          code: 'M',
          title: '多项',
          group: 'base' as const,
          criteria: Array.from({ length: 12 }, (_, i) => ({ ...SAMPLE.categories[0]!.criteria[2]!, code: `M${i}`, hardFromStar: null })),
        },
      ],
      formula: 'base',
    };
    expect(gapToNext(many, evaluateOrg(many, () => ({ answered: true })), levels).suggestions).toHaveLength(8);
  });
});
