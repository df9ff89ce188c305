import { type Catalogue, type Category, criteriaOf, zCatalogue } from '@zhibu/shared';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from './index';
import { isKnownMetricKey, KNOWN_METRIC_PARAMS } from './metric-keys';

// The built-in templates are plain data; these checks keep their documented shape.

function template(key: string): Catalogue {
  const t = BUILTIN_TEMPLATES.find((x) => x.key === key);
  if (!t) throw new Error(`no template ${key}`);
  return t.catalogue;
}

/** The points a category can give: its required items plus the best `optionalLimit` optional ones. */
function categoryMax(cat: Category): number {
  const points = (c: Category['criteria'][number]) => c.maxScore * c.weight;
  const required = cat.criteria.filter((c) => c.required).reduce((s, c) => s + points(c), 0);
  const optional = cat.criteria
    .filter((c) => !c.required)
    .map(points)
    .sort((a, b) => b - a)
    .slice(0, cat.optionalLimit ?? Infinity);
  return required + optional.reduce((s, p) => s + p, 0);
}

function groupMax(cat: Catalogue, group: Category['group']): number {
  return cat.definition.categories.filter((c) => c.group === group).reduce((s, c) => s + categoryMax(c), 0);
}

describe('built-in rating templates', () => {
  it('lists four templates with unique keys equal to their catalogue codes', () => {
    expect(BUILTIN_TEMPLATES.map((t) => t.key)).toEqual([
      'star-six-norms',
      'target-18',
      'grading-seven',
      'default-s8',
    ]);
    for (const t of BUILTIN_TEMPLATES) {
      expect(t.catalogue.code).toBe(t.key);
      expect(t.catalogue.name).toBe(t.zh);
      expect(t.descriptionZh.length).toBeGreaterThan(0);
      expect(t.en.length).toBeGreaterThan(0);
    }
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.key, t] as const))('%s parses with zCatalogue', (_key, t) => {
    const parsed = zCatalogue.safeParse(t.catalogue);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
    expect(parsed.data).toEqual(t.catalogue);
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.key, t] as const))('%s has unique codes', (_key, t) => {
    const codes = t.catalogue.definition.categories.flatMap((c) => [
      c.code,
      ...c.criteria.map((x) => x.code),
    ]);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.key, t] as const))('%s uses only known metrics', (_key, t) => {
    for (const c of criteriaOf(t.catalogue.definition)) {
      if (c.kind === 'metric') {
        expect(c.metric, c.code).toBeDefined();
        expect(c.rule, c.code).toBeDefined();
      }
      if (!c.metric) continue;
      expect(isKnownMetricKey(c.metric.key), `${c.code}: ${c.metric.key}`).toBe(true);
      const spec = isKnownMetricKey(c.metric.key) ? (KNOWN_METRIC_PARAMS[c.metric.key] ?? {}) : {};
      const params = c.metric.params ?? {};
      expect(Object.keys(params).sort(), c.code).toEqual(Object.keys(spec).sort());
      for (const [name, value] of Object.entries(params)) {
        expect(spec[name], `${c.code}.${name}`).toContain(value);
      }
    }
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.key, t] as const))(
    '%s scoring rules fit their items',
    (_key, t) => {
      for (const c of criteriaOf(t.catalogue.definition)) {
        if (c.rule?.type === 'steps') {
          for (const s of c.rule.steps) expect(s.score, c.code).toBeLessThanOrEqual(c.maxScore);
        }
        if (c.rule?.type === 'per_missing') expect(c.rule.perMissing, c.code).toBeLessThanOrEqual(c.maxScore);
        if (c.kind === 'veto') expect(c.hardFromStar, c.code).toBeNull();
      }
    },
  );

  describe('星级管理（六个标准规范）', () => {
    const cat = template('star-six-norms');
    const all = criteriaOf(cat.definition);

    it('has the six norms as its categories', () => {
      expect(cat.kind).toBe('star');
      expect(cat.period).toBe('year');
      expect(cat.orgTypes).toEqual(['branch']);
      expect(cat.definition.categories.map((c) => [c.code, c.title])).toEqual([
        ['N1', '组织建设'],
        ['N2', '基础资料'],
        ['N3', '阵地建设'],
        ['N4', '组织生活'],
        ['N5', '廉洁建设'],
        ['N6', '服务群众'],
      ]);
    });

    it('has 53 criteria coded by category, none a veto', () => {
      expect(all).toHaveLength(53);
      for (const c of all) expect(c.code.startsWith(`${c.categoryCode}.`), c.code).toBe(true);
      expect(all.filter((c) => c.kind === 'veto' || c.kind === 'deduction')).toEqual([]);
    });

    it('has cumulative hard sets of 24, 39 and 52 items', () => {
      const hardAt = (star: number) =>
        all.filter((c) => c.hardFromStar !== null && c.hardFromStar <= star).length;
      expect(hardAt(3)).toBe(24);
      expect(hardAt(4)).toBe(39);
      expect(hardAt(5)).toBe(52);
      expect(all.filter((c) => c.hardFromStar !== null && c.hardFromStar < 3)).toEqual([]);
      expect(all.filter((c) => c.hardFromStar === null)).toHaveLength(1);
    });

    it('has required and optional items', () => {
      const optional = all.filter((c) => !c.required);
      expect(optional.length).toBeGreaterThanOrEqual(6);
      expect(optional.length).toBeLessThanOrEqual(8);
      expect(new Set(optional.map((c) => c.categoryCode)).size).toBeGreaterThanOrEqual(3);
    });

    it('gives 100 points', () => {
      expect(cat.definition.categories.map(categoryMax)).toEqual([18, 16, 12, 26, 12, 16]);
      expect(groupMax(cat, 'base')).toBe(100);
      for (const c of all) expect(c.weight).toBe(1);
    });

    it('has the documented levels', () => {
      const levels = cat.definition.levels!;
      expect(levels.labels.map((l) => l.level)).toEqual([0, 3, 4, 5]);
      expect(levels.bands).toEqual([
        { min: 90, level: 5 },
        { min: 80, level: 4 },
        { min: 70, level: 3 },
      ]);
      expect(levels.floor).toBe(0);
      expect(levels.vetoLevel).toBe(0);
      expect(levels.quotas).toEqual([{ level: 5, maxShare: 0.3 }]);
      expect(levels.oneStepUp).toBe(true);
    });
  });

  describe('党建工作目标任务清单（季度）', () => {
    const cat = template('target-18');
    const all = criteriaOf(cat.definition);

    it('has 18 automatic criteria worth 100 points a quarter', () => {
      expect(cat.kind).toBe('target');
      expect(cat.period).toBe('quarter');
      expect(all).toHaveLength(18);
      expect(all.every((c) => c.kind === 'metric' && c.required && c.hardFromStar === null)).toBe(true);
      expect(groupMax(cat, 'base')).toBe(100);
    });

    it('targets a quarter for monthly and quarterly obligations', () => {
      for (const c of all) {
        if (c.metric?.key !== 'meetings.periods' || c.rule?.type !== 'per_missing') continue;
        const period = c.metric.params?.period;
        expect(c.rule.target, c.code).toBe(period === 'month' ? 3 : 1);
      }
    });
  });

  describe('基层党组织分类定级（七项指标）', () => {
    const cat = template('grading-seven');

    it('has the seven indicators worth 100 points', () => {
      expect(cat.kind).toBe('grading');
      expect(cat.orgTypes).toEqual(['branch', 'general_branch']);
      expect(cat.definition.categories.map((c) => c.title)).toEqual([
        '党组织书记和班子',
        '工作方式',
        '工作制度',
        '活动场所',
        '保障机制',
        '工作成效',
        '群众评价',
      ]);
      expect(cat.definition.categories.map(categoryMax)).toEqual([15, 10, 20, 10, 10, 20, 15]);
      expect(groupMax(cat, 'base')).toBe(100);
    });

    it('mixes reviewed, evidence and automatic criteria', () => {
      const kinds = new Set(criteriaOf(cat.definition).map((c) => c.kind));
      expect([...kinds].sort()).toEqual(['evidence', 'metric', 'review']);
    });

    it('grades 好 / 较好 / 一般 / 较差', () => {
      const levels = cat.definition.levels!;
      expect(levels.labels.map((l) => [l.level, l.zh])).toEqual([
        [1, '较差'],
        [2, '一般'],
        [3, '较好'],
        [4, '好'],
      ]);
      expect(levels.bands.map((b) => [b.min, b.level])).toEqual([
        [90, 4],
        [80, 3],
        [70, 2],
      ]);
      expect(levels.floor).toBe(1);
      expect(levels.vetoLevel).toBe(1);
    });
  });

  describe('默认考核目录（§8）', () => {
    const cat = template('default-s8');
    const byCode = new Map(cat.definition.categories.map((c) => [c.code, c]));

    it('has A–E, the veto list and the evaluation part', () => {
      expect(cat.definition.categories.map((c) => [c.code, c.group])).toEqual([
        ['A', 'base'],
        ['B', 'base'],
        ['C', 'base'],
        ['D', 'base'],
        ['E', 'base'],
        ['V', 'deduction'],
        ['EV', 'evaluation'],
      ]);
      expect(cat.definition.formula).toBe('(base - deduction) * 0.7 + evaluation * 0.3');
    });

    it('weighs A–E 20/30/20/20/10 and scores the evaluation out of 100 (30% of the composite)', () => {
      expect(['A', 'B', 'C', 'D', 'E'].map((c) => categoryMax(byCode.get(c)!))).toEqual([20, 30, 20, 20, 10]);
      expect(groupMax(cat, 'base')).toBe(100);
      expect(groupMax(cat, 'evaluation')).toBe(100);
      expect(groupMax(cat, 'deduction')).toBe(0);
      expect(byCode.get('EV')!.criteria.every((c) => c.kind === 'review')).toBe(true);
    });

    it('has the four veto items, the last one automatic', () => {
      const vetoes = byCode.get('V')!.criteria;
      expect(vetoes).toHaveLength(4);
      expect(vetoes.every((c) => c.kind === 'veto' && c.hardFromStar === null)).toBe(true);
      expect(vetoes.filter((c) => c.metric).map((c) => c.metric!.key)).toEqual([
        'members.absent_6_months_org',
      ]);
    });

    it('marks the HARD rows of §8 from 3 stars', () => {
      const hard = criteriaOf(cat.definition)
        .filter((c) => c.hardFromStar !== null)
        .map((c) => [c.code, c.hardFromStar]);
      expect(hard).toEqual([
        ['A1', 3],
        ['A2', 3],
        ['A3', 3],
        ['B7', 3],
        ['B9', 3],
        ['B10', 3],
        ['C1', 3],
        ['C3', 3],
      ]);
    });

    it('has five star levels with bands, veto level, quota and one step up', () => {
      const levels = cat.definition.levels!;
      expect(levels.labels.map((l) => [l.level, l.zh])).toEqual([
        [1, '一星'],
        [2, '二星'],
        [3, '三星'],
        [4, '四星'],
        [5, '五星'],
      ]);
      expect(levels.bands.map((b) => [b.min, b.level])).toEqual([
        [90, 5],
        [80, 4],
        [70, 3],
        [60, 2],
      ]);
      expect(levels.floor).toBe(1);
      expect(levels.vetoLevel).toBe(1);
      expect(levels.quotas).toEqual([{ level: 5, maxShare: 0.3 }]);
      expect(levels.oneStepUp).toBe(true);
    });
  });
});
