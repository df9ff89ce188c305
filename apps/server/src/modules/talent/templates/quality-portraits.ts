import type { JobPortraitInput } from '@zhibu/shared';
import { defaultIndicators } from './indicator-weights';

// Process and quality-inspection posts of a cigarette factory's process/quality department. Per the
// department's 持证标准, every quality-inspection post has at least one mandatory certificate; the
// occupational names are those of the tobacco industry's own trades. A starting set to edit.

export const QUALITY_PORTRAITS: JobPortraitInput[] = [
  {
    code: 'tech-primary',
    title: '制丝工艺员',
    family: 'process',
    summary: '负责制丝线工艺标准的执行、工艺参数监控与工艺质量改进。',
    skills: [
      '制丝工艺流程与关键参数控制',
      '工艺标准和作业指导书编制',
      '工艺过程质量数据分析',
      '在线检测设备数据判读',
    ],
    qualities: ['熟悉烟叶原料特性和配方要求', '掌握卷烟工艺规范', '具备质量改进方法（QC、精益）应用能力'],
    certificates: [{ name: '工程师', kind: 'title', minLevel: 'junior', mandatory: false }],
    indicators: defaultIndicators([20, 10, 10, 15, 15, 10, 20]),
  },
  {
    code: 'tech-making',
    title: '卷包工艺员',
    family: 'process',
    summary: '负责卷接包装工序的工艺标准执行、工艺纪律检查和质量问题分析。',
    skills: ['卷接包装工艺参数控制', '卷烟物理指标过程控制', '工艺纪律检查与考核', '质量缺陷原因分析'],
    qualities: ['熟悉卷接机组、包装机组工作原理', '掌握卷烟产品标准', '具备跨工序沟通协调能力'],
    certificates: [{ name: '工程师', kind: 'title', minLevel: 'junior', mandatory: false }],
    indicators: defaultIndicators([20, 10, 10, 15, 15, 10, 20]),
  },
  {
    code: 'qi-physical',
    title: '质量检验员（物理）',
    family: 'quality_inspection',
    summary: '负责烟丝、烟支和成品的物理指标检验，出具检验记录。',
    skills: [
      '烟支重量、吸阻、硬度、圆周等物理指标检测',
      '综合测试台等检测仪器操作与日常核查',
      '检验数据记录与判定',
      '不合格品标识与报告',
    ],
    qualities: ['熟悉卷烟物理检验标准和抽样规则', '严守检验纪律，数据真实可追溯', '了解测量不确定度基础知识'],
    certificates: [
      { name: '烟草物理检验工', minLevel: 'intermediate_worker', mandatory: true, aliases: ['物理检验'] },
      { name: '实验室内审员', mandatory: false, aliases: ['内审员'] },
    ],
    indicators: defaultIndicators([20, 15, 5, 5, 25, 10, 20], { quality_safety: 60 }),
  },
  {
    code: 'qi-chemical',
    title: '质量检验员（化学）',
    family: 'quality_inspection',
    summary: '负责烟草及烟草制品常规化学成分和烟气指标的检测。',
    skills: [
      '常规化学成分检测（总糖、烟碱、氯、钾等）',
      '连续流动分析仪、气相色谱等仪器操作',
      '标准溶液配制与期间核查',
      '检测结果判定与异常复检',
    ],
    qualities: ['熟悉烟草化学检验标准方法', '掌握实验室安全和危险化学品管理要求', '具备良好的数据处理能力'],
    certificates: [
      { name: '烟草化学检验工', minLevel: 'intermediate_worker', mandatory: true, aliases: ['化学检验'] },
      { name: '危险化学品安全', kind: 'training', mandatory: true, aliases: ['危化品安全'] },
    ],
    indicators: defaultIndicators([20, 15, 5, 5, 25, 10, 20], { quality_safety: 60 }),
  },
  {
    code: 'qi-sensory',
    title: '感官评吸员',
    family: 'quality_inspection',
    summary: '负责在制品和成品卷烟的感官质量评价，参与配方和新品评吸。',
    skills: ['卷烟感官质量评价', '评吸记录与结果统计', '香气风格和缺陷识别', '配方调整与新品评价建议'],
    qualities: [
      '感官灵敏、稳定，保持良好的评吸状态',
      '熟悉卷烟感官评价方法标准',
      '能以数据和语言准确描述感官差异',
    ],
    certificates: [
      { name: '烟草评吸师', minLevel: 'senior_worker', mandatory: true, aliases: ['评吸师'] },
      { name: '评吸委员', minLevel: 'provincial', mandatory: false },
    ],
    indicators: defaultIndicators([20, 10, 5, 10, 20, 10, 25], { quality_safety: 60 }),
  },
  {
    code: 'metrology',
    title: '计量员',
    family: 'quality_inspection',
    summary: '负责计量器具的台账、检定校准计划和日常核查。',
    skills: [
      '计量器具台账和周期管理',
      '检定校准计划编制与送检',
      '计量确认和期间核查',
      '计量数据分析与偏差处置',
    ],
    qualities: ['熟悉计量法规和计量技术规范', '了解测量不确定度评定', '严谨细致，记录完整可追溯'],
    certificates: [{ name: '注册计量师', mandatory: true, aliases: ['计量检定员'] }],
    indicators: defaultIndicators([20, 15, 5, 5, 25, 10, 20], { quality_safety: 60 }),
  },
];
