import type { JobPortraitInput } from '@zhibu/shared';
import { defaultIndicators } from './indicator-weights';

// Equipment and production-operation posts along the process: primary processing (制丝), making
// (卷接) and packing (包装). A starting set a tenant edits.

export const PRODUCTION_PORTRAITS: JobPortraitInput[] = [
  {
    code: 'maint-repair',
    title: '设备维修工',
    family: 'equipment',
    summary: '负责生产设备的点检、维修保养和故障排除。',
    skills: [
      '设备点检与预防性维护',
      '机械、电气故障诊断与排除',
      'PLC 与传感器基础调试',
      '备件更换与维修记录',
    ],
    qualities: ['熟悉烟机设备结构和工作原理', '严格执行安全操作规程和挂牌上锁', '具备技术革新和小改小革能力'],
    certificates: [
      { name: '低压电工作业', mandatory: true, aliases: ['电工特种作业'] },
      { name: '烟机设备修理工', minLevel: 'intermediate_worker', mandatory: false },
    ],
    indicators: defaultIndicators([15, 10, 10, 15, 20, 10, 20]),
  },
  {
    code: 'op-primary',
    title: '制丝操作工',
    family: 'operation',
    summary: '负责制丝线各工序设备的操作、参数监控和交接班记录。',
    skills: [
      '制丝设备开停机和运行操作',
      '加料、加香、干燥等工序参数监控',
      '在线质量异常识别与处置',
      '设备清洁和日常保养',
    ],
    qualities: ['熟悉本岗位作业指导书', '严守工艺纪律和安全规程', '交接班信息完整准确'],
    certificates: [
      { name: '烟草制丝工', minLevel: 'junior_worker', mandatory: false, aliases: ['制丝操作工'] },
    ],
    indicators: defaultIndicators([15, 15, 10, 5, 25, 10, 20]),
  },
  {
    code: 'op-making',
    title: '卷接操作工',
    family: 'operation',
    summary: '负责卷接机组的操作、自检和质量控制。',
    skills: ['卷接机组操作与调整', '烟支外观和物理指标自检', '辅料更换与规格核对', '常见故障处理'],
    qualities: ['熟悉卷烟产品标准和缺陷分类', '质量意识强，按规定频次自检', '保持机台和现场 6S'],
    certificates: [
      { name: '卷烟卷接设备操作工', minLevel: 'junior_worker', mandatory: false, aliases: ['卷接操作工'] },
    ],
    indicators: defaultIndicators([15, 15, 10, 5, 25, 10, 20]),
  },
  {
    code: 'op-packing',
    title: '包装操作工',
    family: 'operation',
    summary: '负责包装机组的操作、包装质量自检和辅料管理。',
    skills: ['包装机组操作与调整', '小盒、条盒包装质量自检', '辅料领用、核对与退库', '常见故障处理'],
    qualities: ['熟悉包装质量标准和缺陷分类', '严守防差错规定，杜绝混牌混规格', '保持机台和现场 6S'],
    certificates: [
      { name: '卷烟封装设备操作工', minLevel: 'junior_worker', mandatory: false, aliases: ['包装操作工'] },
    ],
    indicators: defaultIndicators([15, 15, 10, 5, 25, 10, 20]),
  },
];
