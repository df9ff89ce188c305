import { type IndicatorTemplate, ratersOf, scoredItemsOf, zIndicatorTemplate } from '@zhibu/shared';
import { describe, expect, it } from 'vitest';
import { appraisalSuggestion, evaluateMember, type RaterSheet } from '../rules/index';
import { BUILTIN_EVALUATION_TEMPLATES } from './index';
import { isEvaluationMetricKey } from './metric-keys';

// The built-in templates are plain data; these checks keep their documented shape.

function template(key: string): IndicatorTemplate {
  const t = BUILTIN_EVALUATION_TEMPLATES.find((x) => x.key === key);
  if (!t) throw new Error(`no template ${key}`);
  return t.template;
}

const indicatorsOf = (t: IndicatorTemplate) => t.categories.flatMap((c) => c.indicators);
const weightedMax = (t: IndicatorTemplate) => scoredItemsOf(t).reduce((s, i) => s + i.maxScore * i.weight, 0);

/** Full marks from every source: top metric values, full manual points, every group at the maximum. */
function perfectInputs(t: IndicatorTemplate) {
  const items = scoredItemsOf(t);
  const values = Object.fromEntries(
    items.filter((i) => i.source !== 'rated').map((i) => [i.code, i.source === 'manual' ? i.maxScore : 1000]),
  );
  const sheets: RaterSheet[] = (['self', 'peer', 'staff', 'branch'] as const).map((group) => ({
    group,
    scores: Object.fromEntries(
      items.filter((i) => ratersOf(t, i).includes(group)).map((i) => [i.code, i.maxScore]),
    ),
  }));
  return { values, sheets };
}

describe('built-in evaluation templates', () => {
  it('lists two templates with unique keys equal to their codes and names', () => {
    expect(BUILTIN_EVALUATION_TEMPLATES.map((t) => [t.key, t.structure])).toEqual([
      ['post-duty-24', 'tenant_editable'],
      ['csg-advancement-12', 'published'],
    ]);
    for (const t of BUILTIN_EVALUATION_TEMPLATES) {
      expect(t.template.code).toBe(t.key);
      expect(t.template.name).toBe(t.zh);
      expect(t.en.length).toBeGreaterThan(0);
      expect(t.descriptionZh.length).toBeGreaterThan(0);
    }
  });

  const each = BUILTIN_EVALUATION_TEMPLATES.map((t) => [t.key, t.template] as const);

  it.each(each)('%s parses with zIndicatorTemplate unchanged', (_key, t) => {
    const parsed = zIndicatorTemplate.safeParse(t);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
    expect(parsed.data).toEqual(t);
  });

  it.each(each)('%s has unique codes, indicators coded by category', (_key, t) => {
    const codes = t.categories.flatMap((c) => [
      c.code,
      ...scoredItemsOf(t)
        .filter((i) => i.categoryCode === c.code)
        .map((i) => i.code),
    ]);
    expect(new Set(codes).size).toBe(codes.length);
    for (const i of scoredItemsOf(t)) expect(i.code.startsWith(i.categoryCode), i.code).toBe(true);
  });

  it.each(each)('%s is worth 100 points and scores 100 with full marks', (_key, t) => {
    expect(weightedMax(t)).toBe(100);
    const e = evaluateMember(t, perfectInputs(t));
    expect(e).toMatchObject({ points: 100, maxPoints: 100, total: 100, pending: [], vetoed: false });
    expect(appraisalSuggestion(t, e).grade).toBe('excellent');
  });

  it.each(each)('%s weighs self 0.1, peers 0.3, staff 0.3, branch 0.3 and runs yearly', (_key, t) => {
    expect(t.raters.weights).toEqual({ self: 0.1, peer: 0.3, staff: 0.3, branch: 0.3 });
    expect(t.period).toBe('year');
  });

  it.each(each)('%s reads only known metrics, and every automatic step fits its item', (_key, t) => {
    for (const i of scoredItemsOf(t)) {
      if (i.source !== 'automatic') continue;
      expect(i.metric && isEvaluationMetricKey(i.metric.key), `${i.code}: ${i.metric?.key}`).toBe(true);
      const steps = i.rule?.type === 'steps' ? i.rule.steps : [];
      for (const s of steps) expect(s.score, i.code).toBeLessThanOrEqual(i.maxScore);
    }
  });

  it.each(each)('%s lets staff rate something, so members are supervised by the masses', (_key, t) => {
    expect(scoredItemsOf(t).filter((i) => ratersOf(t, i).includes('staff')).length).toBeGreaterThan(0);
  });

  describe('我的岗位我尽责（4类24项）', () => {
    const t = template('post-duty-24');

    it('has exactly 24 indicators in the four categories of the seed, six each', () => {
      expect(t.categories.map((c) => [c.code, c.title, c.indicators.length])).toEqual([
        ['A', '攻坚克难', 6],
        ['B', '能力素质提升', 6],
        ['C', '岗位教练指导', 6],
        ['D', '企业文化', 6],
      ]);
      expect(indicatorsOf(t)).toHaveLength(24);
      expect(t.categories.every((c) => c.overall === undefined)).toBe(true);
    });

    it('gives 25 points per category: 5 for the first indicator, 4 for the rest', () => {
      for (const c of t.categories) {
        expect(
          c.indicators.map((i) => i.maxScore),
          c.code,
        ).toEqual([5, 4, 4, 4, 4, 4]);
        expect(c.indicators.every((i) => i.weight === 1)).toBe(true);
      }
    });

    it('includes the example titles of the brief', () => {
      const titles = indicatorsOf(t).map((i) => i.title);
      for (const title of [
        '重点任务攻关',
        '质量问题解决',
        '技术改进',
        '突发任务响应',
        '节能降耗',
        '安全生产表率',
        '带徒传技',
        '技能培训授课',
      ]) {
        expect(titles).toContain(title);
      }
      expect(new Set(titles).size).toBe(24);
    });

    it('mixes the three sources and trims extreme scores', () => {
      const count = (s: string) => indicatorsOf(t).filter((i) => i.source === s).length;
      expect([count('automatic'), count('manual'), count('rated')]).toEqual([6, 7, 11]);
      expect(t.raters.trimExtremes).toBe(true);
    });

    it('vetoes on a safety incident and on a discipline violation', () => {
      expect(
        indicatorsOf(t)
          .filter((i) => i.veto)
          .map((i) => [i.code, i.title]),
      ).toEqual([
        ['A6', '安全生产表率'],
        ['D2', '遵章守纪'],
      ]);
    });
  });

  describe('党员先进性测评（4方面12项）', () => {
    const t = template('csg-advancement-12');

    it('has 4 areas × 3 indicators, with the titles of §6.2', () => {
      expect(t.categories.map((c) => [c.title, c.indicators.map((i) => i.title)])).toEqual([
        ['政治素质', ['理想信念', '文化认同', '遵规守纪']],
        ['岗位技能', ['专业知识', '技能水平', '执行能力']],
        ['工作业绩', ['敬业奉献', '个人绩效', '创新创造']],
        ['公众评价', ['诚实守信', '带领群众', '廉洁自律']],
      ]);
      expect(indicatorsOf(t)).toHaveLength(12);
    });

    it('gives each area 10 points of its own and each indicator 5', () => {
      expect(t.categories.map((c) => c.overall?.maxScore)).toEqual([10, 10, 10, 10]);
      expect(indicatorsOf(t).every((i) => i.maxScore === 5 && i.weight === 1)).toBe(true);
      expect(scoredItemsOf(t)).toHaveLength(16);
    });

    it('lets only members and staff give the public evaluation', () => {
      const e0 = scoredItemsOf(t).find((i) => i.code === 'E.0');
      expect(e0 && ratersOf(t, e0)).toEqual(['peer', 'staff']);
    });

    it('vetoes on discipline and integrity', () => {
      expect(
        indicatorsOf(t)
          .filter((i) => i.veto)
          .map((i) => i.title),
      ).toEqual(['遵规守纪', '廉洁自律']);
      expect(t.raters.trimExtremes).toBe(false);
    });

    it('suggests 不合格 for a vetoed member with full marks', () => {
      const e = evaluateMember(t, { ...perfectInputs(t), vetoes: [{ code: 'E.3', reason: '违反廉洁纪律' }] });
      expect(e.total).toBe(100);
      expect(appraisalSuggestion(t, e)).toMatchObject({
        suggestion: true,
        grade: 'unqualified',
        cause: 'veto',
      });
    });
  });
});
