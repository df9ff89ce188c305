import type { JobPortraitInput } from '@zhibu/shared';
import { defaultIndicators } from './indicator-weights';

// Management and support posts of the process/quality department. A starting set a tenant edits.

export const MANAGEMENT_PORTRAITS: JobPortraitInput[] = [
  {
    code: 'qa-lead',
    title: '工艺质量主管',
    family: 'management',
    summary: '负责部门工艺质量管理体系运行、质量分析和改进项目的组织。',
    skills: [
      '工艺质量管理体系运行与内审',
      '质量分析会组织与质量问题闭环',
      '工艺质量改进项目和 QC 课题指导',
      '人才培养和导师带徒',
    ],
    qualities: ['精通卷烟工艺和质量标准', '具备统筹协调和团队管理能力', '熟悉产学研项目管理'],
    certificates: [
      { name: '工程师', kind: 'title', minLevel: 'intermediate', mandatory: true },
      { name: '质量管理体系内审员', mandatory: false, aliases: ['内审员'] },
    ],
    indicators: defaultIndicators([25, 10, 10, 15, 15, 15, 10]),
  },
  {
    code: 'standards',
    title: '标准化管理员',
    family: 'management',
    summary: '负责技术标准、管理标准和工作标准的制修订与执行检查。',
    skills: [
      '标准体系维护和标准制修订',
      '标准执行情况检查与评价',
      '文件受控与发放管理',
      '标准化良好行为创建材料编制',
    ],
    qualities: ['熟悉标准化法律法规和行业标准体系', '文字表达规范准确', '具备跨部门沟通能力'],
    certificates: [{ name: '标准化工程师', mandatory: false }],
    indicators: defaultIndicators([20, 15, 15, 10, 15, 10, 15]),
  },
  {
    code: 'data-analyst',
    title: '数据分析员',
    family: 'support',
    summary: '负责工艺质量数据的采集、统计分析和数字化看板维护。',
    skills: [
      '工艺质量数据采集与清洗',
      '统计过程控制（SPC）分析',
      '数据可视化和报表编制',
      '数据异常预警规则维护',
    ],
    qualities: ['熟悉生产执行和质量管理系统数据', '掌握常用统计方法', '保守数据秘密，遵守数据安全规定'],
    certificates: [
      { name: '统计', kind: 'title', minLevel: 'junior', mandatory: false, aliases: ['统计师'] },
    ],
    indicators: defaultIndicators([20, 10, 15, 20, 10, 10, 15]),
  },
  {
    code: 'safety',
    title: '安全员',
    family: 'support',
    summary: '负责部门安全生产检查、隐患排查治理和安全培训。',
    skills: ['安全检查与隐患排查治理', '危险源辨识和风险评价', '安全教育培训组织', '应急预案演练组织'],
    qualities: ['熟悉安全生产法律法规', '坚持原则，敢于制止违章', '具备事故事件分析能力'],
    certificates: [
      { name: '安全生产管理人员', mandatory: true, aliases: ['安全生产知识和管理能力考核'] },
      { name: '注册安全工程师', mandatory: false },
    ],
    indicators: defaultIndicators([20, 15, 10, 5, 30, 10, 10], { quality_safety: 70 }),
  },
  {
    code: 'logistics',
    title: '仓储物流员',
    family: 'support',
    summary: '负责原辅料和在制品的收发存、库内养护和物流配送。',
    skills: ['出入库和账实核对', '原辅料养护与先进先出管理', '叉车等搬运设备安全作业', '物流信息系统操作'],
    qualities: ['熟悉仓储管理和消防安全规定', '账物相符、责任心强', '服务生产，响应及时'],
    certificates: [{ name: '叉车司机', mandatory: true, aliases: ['场（厂）内专用机动车辆', 'N1'] }],
    indicators: defaultIndicators([15, 15, 15, 5, 25, 15, 10]),
  },
  {
    code: 'team-leader',
    title: '班组长',
    family: 'management',
    summary: '负责班组生产组织、质量安全、人员管理和班组建设。',
    skills: [
      '班组生产计划执行与现场管理',
      '班组质量和安全管理',
      '班组成员技能培训和考核',
      '班组民主管理和思想动态掌握',
    ],
    qualities: ['熟悉本班组各岗位作业要求', '以身作则，具备凝聚团队的能力', '善于沟通和化解矛盾'],
    certificates: [{ name: '班组长', kind: 'training', mandatory: false }],
    indicators: defaultIndicators([25, 10, 10, 10, 15, 20, 10]),
  },
];
