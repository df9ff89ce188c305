import { type Catalogue, zCatalogue } from '@zhibu/shared';
import type { z } from 'zod';

// 基层党组织分类定级（七项指标）— the central baseline for SOEs (中组部, 2012): seven indicators (党组织书记和
// 班子、工作方式、工作制度、活动场所、保障机制、工作成效、群众评价), 100 points, graded 好 / 较好 / 一般 / 较差.
// It covers branches and general branches with no branches below them. Source: domain-rules §5.3.
//
// Bands: 90+ = 好 and 80–89 = 较好 are in the source. The lower bands (70–79 = 一般, below 70 = 较差) only
// continue the same 10-point steps and are [uncertain] in the sources — check against the higher
// committee's notice before relying on them. The split of the 100 points over the seven indicators and
// the items inside them are an editable default, not part of the source.

const catalogue = {
  code: 'grading-seven',
  name: '基层党组织分类定级（七项指标）',
  kind: 'grading',
  period: 'year',
  orgTypes: ['branch', 'general_branch'],
  definition: {
    formula: 'base',
    categories: [
      {
        code: 'G1',
        title: '党组织书记和班子',
        description: '书记选配、班子健全、按期换届和书记履职。',
        criteria: [
          {
            code: 'G1.01',
            title: '班子配备健全',
            description: '设有书记；正式党员7名以上的支部，委员会不少于3人。',
            maxScore: 3,
            kind: 'metric',
            metric: { key: 'committee.complete' },
            rule: { type: 'threshold', min: 1 },
          },
          {
            code: 'G1.02',
            title: '书记岗位不空缺',
            description: '书记岗位连续空缺不超过6个月（180天）。',
            maxScore: 3,
            kind: 'metric',
            metric: { key: 'secretary.vacancy_days' },
            rule: { type: 'threshold', max: 180 },
          },
          {
            code: 'G1.03',
            title: '按期换届',
            description: '任期届满按期换届选举，年度内无超期未换届的情况。',
            maxScore: 3,
            kind: 'metric',
            metric: { key: 'term.overdue_days' },
            rule: { type: 'threshold', max: 0 },
          },
          {
            code: 'G1.04',
            title: '书记履职能力',
            description: '书记政治素质好、抓党建能力强，由上级党组织结合年度述职评议打分。',
            maxScore: 6,
            kind: 'review',
          },
        ],
      },
      {
        code: 'G2',
        title: '工作方式',
        description: '理论学习、民主集中制和党建业务融合的工作方式。',
        criteria: [
          {
            code: 'G2.01',
            title: '第一议题',
            description:
              '委员会会议以学习贯彻习近平总书记重要讲话和重要指示批示精神作为“第一议题”，按落实比例计分。',
            maxScore: 3,
            kind: 'metric',
            metric: { key: 'meetings.first_topic_share' },
            rule: { type: 'linear', target: 1 },
          },
          {
            code: 'G2.02',
            title: '民主集中制',
            description: '重要事项经集体研究决定，到会人数和表决符合规定，无不合规决议。',
            maxScore: 3,
            kind: 'metric',
            metric: { key: 'meetings.invalid_decisions' },
            rule: { type: 'threshold', max: 0 },
          },
          {
            code: 'G2.03',
            title: '党建与业务融合',
            description: '党建工作与生产经营同谋划、同部署、同考核，由评审人结合工作方案和实例打分。',
            maxScore: 4,
            kind: 'review',
          },
        ],
      },
      {
        code: 'G3',
        title: '工作制度',
        description: '三会一课、组织生活会、民主评议等制度的落实。',
        criteria: [
          {
            code: 'G3.01',
            title: '党员大会',
            description: '每季度至少召开1次党员大会，每缺1个季度扣1分。',
            maxScore: 4,
            kind: 'metric',
            metric: { key: 'meetings.periods', params: { type: 'general_meeting', period: 'quarter' } },
            rule: { type: 'per_missing', target: 4, perMissing: 1 },
          },
          {
            code: 'G3.02',
            title: '委员会会议',
            description: '每月至少召开1次委员会会议，每缺1个月扣1分。',
            maxScore: 4,
            kind: 'metric',
            metric: { key: 'meetings.periods', params: { type: 'committee_meeting', period: 'month' } },
            rule: { type: 'per_missing', target: 12, perMissing: 1 },
          },
          {
            code: 'G3.03',
            title: '党课',
            description: '每季度至少上1次党课，每缺1个季度扣1分。',
            maxScore: 3,
            kind: 'metric',
            metric: { key: 'meetings.periods', params: { type: 'party_lesson', period: 'quarter' } },
            rule: { type: 'per_missing', target: 4, perMissing: 1 },
          },
          {
            code: 'G3.04',
            title: '组织生活会',
            description: '每年至少召开1次组织生活会，整改清单全部整改销号。',
            maxScore: 3,
            kind: 'metric',
            metric: { key: 'life_meeting.rectified' },
            rule: { type: 'threshold', min: 1 },
          },
          {
            code: 'G3.05',
            title: '民主评议党员',
            description: '每年开展1次民主评议党员并完成组织评定。',
            maxScore: 3,
            kind: 'metric',
            metric: { key: 'appraisal.done' },
            rule: { type: 'threshold', min: 1 },
          },
          {
            code: 'G3.06',
            title: '工作制度健全',
            description: '三会一课、谈心谈话、党务公开等工作制度健全并严格执行，以制度文件为佐证。',
            maxScore: 3,
            kind: 'evidence',
          },
        ],
      },
      {
        code: 'G4',
        title: '活动场所',
        description: '党员活动场所及设施。',
        criteria: [
          {
            code: 'G4.01',
            title: '固定活动场所',
            description: '有相对固定的党员活动场所，能满足组织生活需要（以现场检查和照片等佐证材料审核）。',
            maxScore: 6,
            kind: 'evidence',
          },
          {
            code: 'G4.02',
            title: '设施与标识',
            description: '活动场所有党旗、标识、制度和学习资料，设施设备完好。',
            maxScore: 4,
            kind: 'evidence',
          },
        ],
      },
      {
        code: 'G5',
        title: '保障机制',
        description: '经费、党费和党员教育培训保障。',
        criteria: [
          {
            code: 'G5.01',
            title: '工作经费保障',
            description: '党建工作经费纳入预算并规范使用、有台账（在经费模块上线前以佐证材料审核）。',
            maxScore: 4,
            kind: 'evidence',
          },
          {
            code: 'G5.02',
            title: '党员教育培训',
            description: '党员年度学习培训达到32学时（委员56学时），按达标党员的比例计分。',
            maxScore: 3,
            kind: 'metric',
            metric: { key: 'class_hours.share_met' },
            rule: { type: 'linear', target: 1 },
          },
          {
            code: 'G5.03',
            title: '党费收缴使用',
            description: '党费按月足额收缴、使用规范并按年度公开（在党费模块上线前以佐证材料审核）。',
            maxScore: 3,
            kind: 'evidence',
          },
        ],
      },
      {
        code: 'G6',
        title: '工作成效',
        description: '党员作用发挥、中心工作完成和队伍建设成效。',
        criteria: [
          {
            code: 'G6.01',
            title: '党员作用发挥',
            description: '党员先锋岗、党员责任区、党员突击队作用明显（在相应模块上线前以佐证材料审核）。',
            maxScore: 5,
            kind: 'evidence',
          },
          {
            code: 'G6.02',
            title: '中心工作完成',
            description: '所在单位生产经营、安全、质量等年度目标任务完成情况，由评审人结合考核结果打分。',
            maxScore: 5,
            kind: 'review',
          },
          {
            code: 'G6.03',
            title: '发展党员',
            description: '按计划发展党员且程序规范（在发展党员模块上线前以佐证材料审核）。',
            maxScore: 3,
            kind: 'evidence',
          },
          {
            code: 'G6.04',
            title: '党员经常参加组织生活',
            description: '无连续3个月以上未参加组织生活的党员。',
            maxScore: 3,
            kind: 'metric',
            metric: { key: 'members.absent_3_months' },
            rule: { type: 'threshold', max: 0 },
          },
          {
            code: 'G6.05',
            title: '表彰荣誉',
            description: '党组织和党员年度内获得上级表彰或荣誉，以表彰文件为佐证。',
            maxScore: 4,
            kind: 'evidence',
          },
        ],
      },
      {
        code: 'G7',
        title: '群众评价',
        description: '党员群众和上级党组织的评价。',
        criteria: [
          {
            code: 'G7.01',
            title: '党员群众满意度',
            description: '党员和职工群众对党组织工作的满意度测评结果，按测评得分折算。',
            maxScore: 10,
            kind: 'review',
          },
          {
            code: 'G7.02',
            title: '上级党组织评价',
            description: '上级党组织对党组织年度工作的综合评价。',
            maxScore: 5,
            kind: 'review',
          },
        ],
      },
    ],
    levels: {
      labels: [
        { level: 1, zh: '较差', en: 'Poor' },
        { level: 2, zh: '一般', en: 'Fair' },
        { level: 3, zh: '较好', en: 'Good' },
        { level: 4, zh: '好', en: 'Very good' },
      ],
      // 90 → 好 and 80 → 较好 are documented; 70 → 一般 (and below 70 = 较差) is [uncertain].
      bands: [
        { min: 90, level: 4 },
        { min: 80, level: 3 },
        { min: 70, level: 2 },
      ],
      floor: 1,
      vetoLevel: 1,
    },
  },
} satisfies z.input<typeof zCatalogue>;

export const GRADING_SEVEN: Catalogue = zCatalogue.parse(catalogue);
