import {
  type PointRuleSetDefinition,
  type PointRuleSetDefinitionInput,
  zPointRuleSetDefinition,
} from '@zhibu/shared';
import { THREE_MEETINGS_ONE_LESSON } from './meeting-groups';

// 先锋指数 (domain-rules §6.1): base 80 + positive points (at most 20 in all) − negative points, final
// 0–100. Members claim each quarter with evidence and the branch audits; the yearly peer review closes
// the year in 民主评议, outside this rule set.
//
// Interpretations: claimable items carry quarterly caps so that one busy quarter cannot fill the whole
// 20; attendance, lessons, projects and volunteering score from the records instead of being claimed
// (§7.4: enter once). 4–6 "quarter stars" are a branch's choice from the quarterly balances, not a rule.

const definition = {
  model: 'base_plus',
  basePoints: 80,
  positiveCap: 20,
  minTotal: 0,
  maxTotal: 100,
  claimPeriod: 'quarter',
  items: [
    {
      code: 'P1',
      title: '参加三会一课',
      category: 'org_life',
      sign: 'positive',
      points: 1,
      cap: { period: 'quarter', points: 2 },
      awardedBy: 'automatic',
      source: { kind: 'meeting.attended', meetingTypes: THREE_MEETINGS_ONE_LESSON },
    },
    {
      code: 'P2',
      title: '学习心得与研讨发言',
      category: 'political_study',
      sign: 'positive',
      points: 1,
      cap: { period: 'quarter', points: 2 },
      awardedBy: 'self_claim',
      evidenceRequired: true,
    },
    {
      code: 'P3',
      title: '践行承诺事项',
      description: '年初公开承诺的事项按季度兑现，每项2分，每季度最多4分。',
      category: 'duty',
      sign: 'positive',
      points: 2,
      cap: { period: 'quarter', points: 4 },
      awardedBy: 'self_claim',
      evidenceRequired: true,
    },
    {
      code: 'P4',
      title: '岗位建功（先锋岗、责任区、突击队）',
      category: 'duty',
      sign: 'positive',
      points: 3,
      cap: { period: 'quarter', points: 3 },
      awardedBy: 'self_claim',
      evidenceRequired: true,
    },
    {
      code: 'P5',
      title: '服务群众、结对帮扶',
      category: 'service',
      sign: 'positive',
      points: 1,
      cap: { period: 'quarter', points: 2 },
      awardedBy: 'self_claim',
      evidenceRequired: true,
    },
    {
      code: 'P6',
      title: '讲授党课',
      category: 'duty',
      sign: 'positive',
      points: 2,
      cap: { period: 'year', points: 4 },
      awardedBy: 'automatic',
      source: { kind: 'lesson.given' },
    },
    {
      code: 'P7',
      title: '党员项目通过验收',
      category: 'innovation',
      sign: 'positive',
      points: 3,
      cap: { period: 'year', points: 6 },
      awardedBy: 'automatic',
      source: { kind: 'project.accepted' },
    },
    {
      code: 'P8',
      title: '志愿服务',
      category: 'volunteering',
      sign: 'positive',
      points: 0.5,
      unit: 'hour',
      cap: { period: 'year', points: 4 },
      awardedBy: 'automatic',
      source: { kind: 'volunteer.hours' },
    },
    {
      code: 'P9',
      title: '获得表彰奖励',
      category: 'innovation',
      sign: 'positive',
      points: 3,
      cap: { period: 'year', points: 6 },
      awardedBy: 'branch',
      evidenceRequired: true,
    },
    {
      code: 'M1',
      title: '无故缺席组织生活',
      category: 'org_life',
      sign: 'negative',
      points: 2,
      awardedBy: 'automatic',
      source: { kind: 'meeting.absent_unexcused' },
    },
    {
      code: 'M2',
      title: '未按时交纳党费',
      category: 'org_life',
      sign: 'negative',
      points: 2,
      awardedBy: 'automatic',
      source: { kind: 'dues.late' },
    },
    {
      code: 'M3',
      title: '未完成组织交办任务',
      category: 'duty',
      sign: 'negative',
      points: 3,
      awardedBy: 'branch',
    },
    {
      code: 'M4',
      title: '违反工作纪律或廉洁规定',
      category: 'integrity',
      sign: 'negative',
      points: 5,
      awardedBy: 'branch',
    },
  ],
} satisfies PointRuleSetDefinitionInput;

export const PIONEER_INDEX: PointRuleSetDefinition = zPointRuleSetDefinition.parse(definition);
