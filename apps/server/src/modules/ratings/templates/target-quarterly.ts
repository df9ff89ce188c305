import { type Catalogue, zCatalogue } from '@zhibu/shared';
import type { z } from 'zod';

// 党建工作目标任务清单（季度）— modelled on 黔江卷烟厂's 《党建工作目标任务清单》: the higher committee's
// requirements broken into 18 sub-items and scored automatically by the online assessment system.
// Source: seed 002 (东方烟草报, 2020-09-17); domain-rules §7.3 item 8 and §8.
//
// Interpretations: the source gives only the count, so the 18 items are chosen from what the platform
// computes itself (every item is an automatic metric, nothing to upload). Yearly obligations (组织生活会,
// 民主评议, 书记讲党课) are left out because a single quarter cannot judge them; they belong in the yearly
// catalogues. Values are for one quarter: monthly obligations have a target of 3 months, quarterly ones 1.
// The grade bands 90/80/60 are an editable default.

const catalogue = {
  code: 'target-18',
  name: '党建工作目标任务清单（季度）',
  kind: 'target',
  period: 'quarter',
  orgTypes: ['branch'],
  definition: {
    formula: 'base',
    categories: [
      {
        code: 'T1',
        title: '组织生活',
        description: '三会一课、主题党日和集中学习按规定频次开展。',
        criteria: [
          {
            code: 'T1.01',
            title: '支部党员大会',
            description: '本季度至少召开1次支部党员大会，未召开不得分。',
            maxScore: 6,
            kind: 'metric',
            metric: { key: 'meetings.periods', params: { type: 'general_meeting', period: 'quarter' } },
            rule: { type: 'per_missing', target: 1, perMissing: 6 },
          },
          {
            code: 'T1.02',
            title: '支部委员会会议',
            description: '本季度每月至少召开1次支委会，每缺1个月扣3分。',
            maxScore: 9,
            kind: 'metric',
            metric: { key: 'meetings.periods', params: { type: 'committee_meeting', period: 'month' } },
            rule: { type: 'per_missing', target: 3, perMissing: 3 },
          },
          {
            code: 'T1.03',
            title: '党小组会',
            description: '各党小组每月召开党小组会，按党小组和月份的覆盖率计分。',
            maxScore: 6,
            kind: 'metric',
            metric: { key: 'meetings.group_coverage' },
            rule: { type: 'linear', target: 1 },
          },
          {
            code: 'T1.04',
            title: '党课',
            description: '本季度至少上1次党课，未开展不得分。',
            maxScore: 6,
            kind: 'metric',
            metric: { key: 'meetings.periods', params: { type: 'party_lesson', period: 'quarter' } },
            rule: { type: 'per_missing', target: 1, perMissing: 6 },
          },
          {
            code: 'T1.05',
            title: '主题党日',
            description: '本季度每月开展1次主题党日活动，每缺1个月扣2分。',
            maxScore: 6,
            kind: 'metric',
            metric: { key: 'meetings.periods', params: { type: 'theme_day', period: 'month' } },
            rule: { type: 'per_missing', target: 3, perMissing: 2 },
          },
          {
            code: 'T1.06',
            title: '集中学习',
            description: '本季度每月至少组织1次党员集中学习，每缺1个月扣1分。',
            maxScore: 3,
            kind: 'metric',
            metric: { key: 'meetings.periods', params: { type: 'study', period: 'month' } },
            rule: { type: 'per_missing', target: 3, perMissing: 1 },
          },
          {
            code: 'T1.07',
            title: '组织生活出勤率',
            description: '党员参加组织生活的出勤率：95%以上得6分，90%以上得5分，80%以上得3分，70%以上得1分。',
            maxScore: 6,
            kind: 'metric',
            metric: { key: 'attendance.rate' },
            rule: {
              type: 'steps',
              steps: [
                { min: 0.95, score: 6 },
                { min: 0.9, score: 5 },
                { min: 0.8, score: 3 },
                { min: 0.7, score: 1 },
              ],
            },
          },
        ],
      },
      {
        code: 'T2',
        title: '会议质量',
        description: '第一议题、记录审核和决策程序。',
        criteria: [
          {
            code: 'T2.01',
            title: '第一议题',
            description:
              '支委会以学习贯彻习近平总书记重要讲话和重要指示批示精神作为“第一议题”，按落实比例计分。',
            maxScore: 5,
            kind: 'metric',
            metric: { key: 'meetings.first_topic_share' },
            rule: { type: 'linear', target: 1 },
          },
          {
            code: 'T2.02',
            title: '会议记录审核',
            description: '本季度召开的会议记录经支委会审核，按已审核记录的比例计分。',
            maxScore: 4,
            kind: 'metric',
            metric: { key: 'meetings.reviewed_share' },
            rule: { type: 'linear', target: 1 },
          },
          {
            code: 'T2.03',
            title: '决策程序合规',
            description: '党员大会、支委会作出决定时到会人数和表决符合规定，出现不合规决议不得分。',
            maxScore: 4,
            kind: 'metric',
            metric: { key: 'meetings.invalid_decisions' },
            rule: { type: 'threshold', max: 0 },
          },
        ],
      },
      {
        code: 'T3',
        title: '组织建设',
        description: '支部设置、班子配备、书记岗位、换届和党小组。',
        criteria: [
          {
            code: 'T3.01',
            title: '支部设置规范',
            description: '正式党员3名以上、党员不超过50名，正式党员7名以上的设立支部委员会。',
            maxScore: 4,
            kind: 'metric',
            metric: { key: 'branch.size_valid' },
            rule: { type: 'threshold', min: 1 },
          },
          {
            code: 'T3.02',
            title: '支部委员会配备齐全',
            description: '设有支部书记；正式党员7名以上的支部，支部委员会不少于3人。',
            maxScore: 4,
            kind: 'metric',
            metric: { key: 'committee.complete' },
            rule: { type: 'threshold', min: 1 },
          },
          {
            code: 'T3.03',
            title: '支部书记在岗',
            description: '本季度支部书记岗位未出现空缺。',
            maxScore: 4,
            kind: 'metric',
            metric: { key: 'secretary.vacancy_days' },
            rule: { type: 'threshold', max: 0 },
          },
          {
            code: 'T3.04',
            title: '按期换届',
            description: '支部委员会任期届满按期换届，本季度无超期未换届的天数。',
            maxScore: 4,
            kind: 'metric',
            metric: { key: 'term.overdue_days' },
            rule: { type: 'threshold', max: 0 },
          },
          {
            code: 'T3.05',
            title: '党小组设置',
            description: '党员20名以上或党员分散的支部划分党小组。',
            maxScore: 4,
            kind: 'metric',
            metric: { key: 'groups.set_up' },
            rule: { type: 'threshold', min: 1 },
          },
        ],
      },
      {
        code: 'T4',
        title: '党员教育管理',
        description: '学习培训学时、组织生活参与和谈心谈话。',
        criteria: [
          {
            code: 'T4.01',
            title: '学习培训学时',
            description: '按年度32学时（支委成员56学时）折算到本季度，按学时达标党员的比例计分。',
            maxScore: 9,
            kind: 'metric',
            metric: { key: 'class_hours.share_met' },
            rule: { type: 'linear', target: 1 },
          },
          {
            code: 'T4.02',
            title: '党员经常参加组织生活',
            description: '无连续3个月以上未参加组织生活的党员，出现即不得分。',
            maxScore: 8,
            kind: 'metric',
            metric: { key: 'members.absent_3_months' },
            rule: { type: 'threshold', max: 0 },
          },
          {
            code: 'T4.03',
            title: '谈心谈话进度',
            description: '应谈对象全年全覆盖，按季度推进：本季度覆盖应谈对象的25%即得满分。',
            maxScore: 8,
            kind: 'metric',
            metric: { key: 'talks.coverage' },
            rule: { type: 'linear', target: 0.25 },
          },
        ],
      },
    ],
    levels: {
      labels: [
        { level: 1, zh: '不合格', en: 'Unsatisfactory' },
        { level: 2, zh: '合格', en: 'Satisfactory' },
        { level: 3, zh: '良好', en: 'Good' },
        { level: 4, zh: '优秀', en: 'Excellent' },
      ],
      bands: [
        { min: 90, level: 4 },
        { min: 80, level: 3 },
        { min: 60, level: 2 },
      ],
      floor: 1,
    },
  },
} satisfies z.input<typeof zCatalogue>;

export const TARGET_18: Catalogue = zCatalogue.parse(catalogue);
