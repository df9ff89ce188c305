import { criteriaOf, type SchemeDefinition } from '@zhibu/shared';
import { AppError } from '../../platform/errors';
import type { MetricRegistry } from '../../platform/metrics';
import { compileFormula } from './rules/formula';

/** The checks a catalogue must pass beyond its shape before it is saved or published. */
export function catalogueProblems(def: SchemeDefinition, metrics: MetricRegistry): string[] {
  const problems: string[] = [];
  const names = ['base', 'bonus', 'deduction', 'evaluation', ...def.categories.map((c) => c.code)];
  const f = compileFormula(def.formula, names);
  if (!f.ok) problems.push(`公式第 ${f.error.position + 1} 个字符：${f.error.zh}`);
  for (const c of criteriaOf(def)) {
    if (c.metric) {
      const m = metrics.get(c.metric.key);
      if (!m) problems.push(`${c.code}：未知指标 ${c.metric.key}`);
      else {
        for (const p of m.params ?? []) {
          const v = c.metric.params?.[p.name];
          if (v === undefined) problems.push(`${c.code}：指标 ${c.metric.key} 缺少参数 ${p.name}`);
          else if (p.values && !p.values.includes(v)) problems.push(`${c.code}：参数 ${p.name} 的值 ${v} 无效`);
        }
      }
    }
    if (c.kind === 'metric' && c.rule?.type === 'per_occurrence') problems.push(`${c.code}：逐次扣分规则只用于扣分项`);
  }
  const lv = def.levels;
  if (lv) {
    const defined = new Set(lv.labels.map((l) => l.level));
    const need = (level: number, what: string) => {
      if (!defined.has(level)) problems.push(`${what}引用了未定义的等级 ${level}`);
    };
    need(lv.floor, '保底等级');
    if (lv.vetoLevel !== undefined) need(lv.vetoLevel, '否决等级');
    for (const b of lv.bands) need(b.level, '分数段');
    for (const q of lv.quotas) need(q.level, '名额限制');
    for (const c of criteriaOf(def)) if (c.hardFromStar !== null) need(c.hardFromStar, `${c.code} 的硬性指标`);
  } else if (criteriaOf(def).some((c) => c.hardFromStar !== null)) {
    problems.push('设置了硬性指标，但未定义等级');
  }
  return problems;
}

export function assertCatalogue(def: SchemeDefinition, metrics: MetricRegistry): void {
  const problems = catalogueProblems(def, metrics);
  if (problems.length > 0) throw new AppError('SCHEME_INVALID', { reason: problems.slice(0, 5).join('；') }, { problems });
}
