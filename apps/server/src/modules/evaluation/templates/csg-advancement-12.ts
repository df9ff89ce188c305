import { type IndicatorTemplate, type IndicatorTemplateInput, zIndicatorTemplate } from '@zhibu/shared';

// 南方电网 “党员先进性测评”: 4 areas × 3 indicators = 12 indicators, quantitative and qualitative,
// rated from several sources. Source: domain-rules §6.2.
//
// The points follow §6.2: each area 10 points, each indicator 5. Read together they give 100
// (4 × 10 + 12 × 5), so each area carries a whole-area score of 10 (its `overall`, rated by every
// group, 公众评价 by members and staff only) beside its three 5-point indicators.
// Interpretations: which indicator is measured and which is rated is not published. Here knowledge,
// skill and personal performance come from the enterprise's own exams and appraisals (entered by the
// branch), innovation from adopted improvements, the rest is rated; 遵规守纪 and 廉洁自律 are vetoes.

const overall = (code: string, title: string, raters?: ('self' | 'peer' | 'staff' | 'branch')[]) => ({
  code,
  title: `${title}综合评价`,
  description: `对${title}方面的整体评价。`,
  maxScore: 10,
  source: 'rated' as const,
  ...(raters ? { raters } : {}),
});

const template = {
  code: 'csg-advancement-12',
  name: '党员先进性测评（4方面12项）',
  description:
    '从政治素质、岗位技能、工作业绩、公众评价4个方面12项指标测评党员先进性，定量与定性相结合、多方评价。',
  period: 'year',
  raters: { weights: { self: 0.1, peer: 0.3, staff: 0.3, branch: 0.3 } },
  categories: [
    {
      code: 'P',
      title: '政治素质',
      overall: overall('P.0', '政治素质'),
      indicators: [
        {
          code: 'P.1',
          title: '理想信念',
          description: '坚定理想信念，对党忠诚，学习贯彻党的创新理论。',
          maxScore: 5,
          source: 'rated',
        },
        {
          code: 'P.2',
          title: '文化认同',
          description: '认同企业文化和价值理念，自觉维护企业利益。',
          maxScore: 5,
          source: 'rated',
        },
        {
          code: 'P.3',
          title: '遵规守纪',
          description: '严守党的纪律和企业规章；受党纪政务处分或违法犯罪的一票否决。',
          maxScore: 5,
          source: 'rated',
          veto: true,
        },
      ],
    },
    {
      code: 'S',
      title: '岗位技能',
      overall: overall('S.0', '岗位技能'),
      indicators: [
        {
          code: 'S.1',
          title: '专业知识',
          description: '掌握本岗位专业知识，按企业考试或考评结果录入。',
          maxScore: 5,
          source: 'manual',
        },
        {
          code: 'S.2',
          title: '技能水平',
          description: '技能等级、职称与岗位要求相称，按技能鉴定结果录入。',
          maxScore: 5,
          source: 'manual',
        },
        {
          code: 'S.3',
          title: '执行能力',
          description: '落实工作部署坚决高效，令行禁止。',
          maxScore: 5,
          source: 'rated',
        },
      ],
    },
    {
      code: 'W',
      title: '工作业绩',
      overall: overall('W.0', '工作业绩'),
      indicators: [
        {
          code: 'W.1',
          title: '敬业奉献',
          description: '爱岗敬业，勇挑重担，在急难险重任务中冲锋在前。',
          maxScore: 5,
          source: 'rated',
        },
        {
          code: 'W.2',
          title: '个人绩效',
          description: '按企业年度绩效考核等级折算录入。',
          maxScore: 5,
          source: 'manual',
        },
        {
          code: 'W.3',
          title: '创新创造',
          description: '技术革新、QC成果、合理化建议被采纳应用。',
          maxScore: 5,
          source: 'automatic',
          metric: { key: 'member.improvements_adopted' },
          rule: {
            type: 'steps',
            steps: [
              { min: 1, score: 3 },
              { min: 2, score: 4 },
              { min: 3, score: 5 },
            ],
          },
        },
      ],
    },
    {
      code: 'E',
      title: '公众评价',
      overall: overall('E.0', '公众评价', ['peer', 'staff']),
      indicators: [
        {
          code: 'E.1',
          title: '诚实守信',
          description: '言行一致，诚实守信，表里如一。',
          maxScore: 5,
          source: 'rated',
          raters: ['peer', 'staff'],
        },
        {
          code: 'E.2',
          title: '带领群众',
          description: '团结带领身边职工完成任务，在群众中有威信。',
          maxScore: 5,
          source: 'rated',
          raters: ['peer', 'staff', 'branch'],
        },
        {
          code: 'E.3',
          title: '廉洁自律',
          description: '廉洁从业，不谋私利；违反廉洁纪律受处理的一票否决。',
          maxScore: 5,
          source: 'rated',
          veto: true,
        },
      ],
    },
  ],
} satisfies IndicatorTemplateInput;

export const CSG_ADVANCEMENT_12: IndicatorTemplate = zIndicatorTemplate.parse(template);
