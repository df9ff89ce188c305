import {
  type PointRuleSetDefinition,
  type PointRuleSetDefinitionInput,
  zPointRuleSetDefinition,
} from '@zhibu/shared';
import { COLLECTIVE_STUDY, THEME_DAY, THREE_MEETINGS_ONE_LESSON } from './meeting-groups';

// 基础分60+加减分 (domain-rules §6.1, first shape): 60 base points, 政治学习 up to 20 (2 per collective
// study up to 12 a year, study notes 4 and reflections 4), 组织生活 up to 20 (三会一课 3 per attendance
// up to 12, 主题党日 2 each up to 8): 60 + 20 + 20 = 100.
//
// Interpretations: the source's "and so on" becomes a few bonus items (党课, tasks, volunteering,
// projects) that can lift a member who missed some meetings; the total is clamped to 0–100, so they
// cannot go past 100. Notes and reflections are 2 points per piece (two pieces reach the 4). Every
// attendance, absence and dues reminder comes from the records, so nothing is typed twice (§7.4).

const definition = {
  model: 'base_plus',
  basePoints: 60,
  minTotal: 0,
  maxTotal: 100,
  items: [
    {
      code: 'S1',
      title: '参加集中学习',
      category: 'political_study',
      sign: 'positive',
      points: 2,
      cap: { period: 'year', points: 12 },
      awardedBy: 'automatic',
      source: { kind: 'meeting.attended', meetingTypes: COLLECTIVE_STUDY },
    },
    {
      code: 'S2',
      title: '学习笔记',
      description: '每篇2分，全年最多4分，须上传笔记照片。',
      category: 'political_study',
      sign: 'positive',
      points: 2,
      cap: { period: 'year', points: 4 },
      awardedBy: 'self_claim',
      evidenceRequired: true,
    },
    {
      code: 'S3',
      title: '心得体会',
      description: '每篇2分，全年最多4分，须上传心得全文。',
      category: 'political_study',
      sign: 'positive',
      points: 2,
      cap: { period: 'year', points: 4 },
      awardedBy: 'self_claim',
      evidenceRequired: true,
    },
    {
      code: 'O1',
      title: '参加三会一课',
      description: '参加支部党员大会、支委会、党小组会或党课，每次3分，全年最多12分。',
      category: 'org_life',
      sign: 'positive',
      points: 3,
      cap: { period: 'year', points: 12 },
      awardedBy: 'automatic',
      source: { kind: 'meeting.attended', meetingTypes: THREE_MEETINGS_ONE_LESSON },
    },
    {
      code: 'O2',
      title: '参加主题党日',
      category: 'org_life',
      sign: 'positive',
      points: 2,
      cap: { period: 'year', points: 8 },
      awardedBy: 'automatic',
      source: { kind: 'meeting.attended', meetingTypes: THEME_DAY },
    },
    {
      code: 'D1',
      title: '讲授党课',
      category: 'duty',
      sign: 'positive',
      points: 2,
      cap: { period: 'year', points: 4 },
      awardedBy: 'automatic',
      source: { kind: 'lesson.given' },
    },
    {
      code: 'D2',
      title: '完成组织交办任务',
      category: 'duty',
      sign: 'positive',
      points: 2,
      cap: { period: 'year', points: 6 },
      awardedBy: 'branch',
    },
    {
      code: 'V1',
      title: '志愿服务',
      description: '每小时0.5分，全年最多6分，以志愿服务记录为准。',
      category: 'volunteering',
      sign: 'positive',
      points: 0.5,
      unit: 'hour',
      cap: { period: 'year', points: 6 },
      awardedBy: 'automatic',
      source: { kind: 'volunteer.hours' },
    },
    {
      code: 'I1',
      title: '党员项目通过验收',
      category: 'innovation',
      sign: 'positive',
      points: 3,
      cap: { period: 'year', points: 6 },
      awardedBy: 'automatic',
      source: { kind: 'project.accepted' },
    },
    {
      code: 'N1',
      title: '无故缺席组织生活',
      category: 'org_life',
      sign: 'negative',
      points: 2,
      awardedBy: 'automatic',
      source: { kind: 'meeting.absent_unexcused' },
    },
    {
      code: 'N2',
      title: '未按时交纳党费',
      category: 'org_life',
      sign: 'negative',
      points: 2,
      awardedBy: 'automatic',
      source: { kind: 'dues.late' },
    },
    {
      code: 'N3',
      title: '违反纪律受到批评教育',
      category: 'discipline',
      sign: 'negative',
      points: 5,
      awardedBy: 'branch',
    },
  ],
} satisfies PointRuleSetDefinitionInput;

export const BASE_SIXTY: PointRuleSetDefinition = zPointRuleSetDefinition.parse(definition);
