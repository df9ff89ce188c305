import { type IndicatorTemplate, type IndicatorTemplateInput, zIndicatorTemplate } from '@zhibu/shared';

// A small template with one indicator of each source and a veto item, shared by the rule tests.
// Weighted maximum: A (5 + 5 + 10 × 2 = 30) + B (10 + 10 = 20) = 50 points.

export const SMALL: IndicatorTemplateInput = {
  code: 'small',
  name: '测试模板',
  period: 'quarter',
  raters: { weights: { self: 0.1, peer: 0.3, staff: 0.3, branch: 0.3 } },
  categories: [
    {
      code: 'A',
      title: '攻坚克难',
      indicators: [
        { code: 'A1', title: '重点任务攻关', maxScore: 5, source: 'rated' },
        { code: 'A2', title: '安全生产表率', maxScore: 5, source: 'manual', veto: true },
        {
          code: 'A3',
          title: '技术改进',
          maxScore: 10,
          weight: 2,
          source: 'automatic',
          metric: { key: 'member.improvements_adopted' },
          rule: { type: 'linear', target: 2 },
        },
      ],
    },
    {
      code: 'B',
      title: '企业文化',
      indicators: [
        { code: 'B1', title: '团结协作', maxScore: 10, source: 'rated', raters: ['peer', 'staff'] },
        { code: 'B2', title: '遵章守纪', maxScore: 10, source: 'manual' },
      ],
    },
  ],
};

export function template(overrides: Partial<IndicatorTemplateInput> = {}): IndicatorTemplate {
  return zIndicatorTemplate.parse({ ...SMALL, ...overrides });
}

export function indicator(t: IndicatorTemplate, code: string) {
  const found = t.categories
    .flatMap((c) => [...(c.overall ? [c.overall] : []), ...c.indicators])
    .find((i) => i.code === code);
  if (!found) throw new Error(`no indicator ${code}`);
  return found;
}
