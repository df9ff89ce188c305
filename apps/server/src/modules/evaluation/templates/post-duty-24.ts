import { type IndicatorTemplate, type IndicatorTemplateInput, zIndicatorTemplate } from '@zhibu/shared';

// “我的岗位我尽责” — 柳州卷烟厂制丝车间's quantified evaluation of members' post performance: 4
// categories, 24 indicators (攻坚克难、能力素质提升、岗位教练指导、企业文化), results supervised by members
// and staff. Source: seed 001; domain-rules §6.2.
//
// Interpretations (the source gives the four categories and the count, nothing more):
// - The 24 titles are drawn from a primary-processing (制丝) workshop's post duties: moisture and
//   temperature control, equipment care, steam and power use, safety, mentoring. They are a starting
//   point for each workshop to rename, which is why the template is marked tenant-editable.
// - 25 points per category (5 for the first indicator, 4 for the others), 100 in all.
// - Staff rate too ("接受职工群众监督"); the rater weights are the suggested default 0.1 / 0.3 / 0.3 / 0.3,
//   with the highest and lowest score of a group of five or more dropped.
// - 32 class hours a year is the usual minimum of member training (集中学习培训一般不少于32学时).
// - Two veto items: a safety incident the member is responsible for, and a discipline violation.

const template = {
  code: 'post-duty-24',
  name: '我的岗位我尽责（4类24项）',
  description:
    '围绕攻坚克难、能力素质提升、岗位教练指导、企业文化4大类24项指标，对党员岗位绩效和模范作用发挥进行量化评价。',
  period: 'year',
  raters: { weights: { self: 0.1, peer: 0.3, staff: 0.3, branch: 0.3 }, trimExtremes: true },
  categories: [
    {
      code: 'A',
      title: '攻坚克难',
      description: '在急难险重任务和车间关键绩效指标上当先锋、打头阵。',
      indicators: [
        {
          code: 'A1',
          title: '重点任务攻关',
          description: '承担车间重点工作、攻关课题或党员突击队任务，按期完成并取得实效。',
          maxScore: 5,
          source: 'manual',
        },
        {
          code: 'A2',
          title: '质量问题解决',
          description: '所在工序含水率、温度等工艺指标稳定受控，牵头分析并解决质量问题。',
          maxScore: 4,
          source: 'rated',
          raters: ['self', 'peer', 'branch'],
        },
        {
          code: 'A3',
          title: '技术改进',
          description: 'QC成果、合理化建议、技术革新被车间采纳应用。',
          maxScore: 4,
          source: 'automatic',
          metric: { key: 'member.improvements_adopted' },
          rule: {
            type: 'steps',
            steps: [
              { min: 1, score: 2 },
              { min: 2, score: 3 },
              { min: 3, score: 4 },
            ],
          },
        },
        {
          code: 'A4',
          title: '突发任务响应',
          description: '设备突发故障、生产计划调整、抢修保产等任务中主动请缨、快速响应。',
          maxScore: 4,
          source: 'rated',
        },
        {
          code: 'A5',
          title: '节能降耗',
          description: '所在机台或工序蒸汽、电力、物料消耗控制在车间目标以内，提出并落实降耗措施。',
          maxScore: 4,
          source: 'manual',
        },
        {
          code: 'A6',
          title: '安全生产表率',
          description: '严守安全操作规程，主动排查隐患、制止违章；本人负有责任的安全事故一票否决。',
          maxScore: 4,
          source: 'rated',
          veto: true,
        },
      ],
    },
    {
      code: 'B',
      title: '能力素质提升',
      description: '政治素质和岗位本领同步提升。',
      indicators: [
        {
          code: 'B1',
          title: '政治理论学习',
          description: '参加集中学习培训，全年不少于32学时。',
          maxScore: 5,
          source: 'automatic',
          metric: { key: 'member.class_hours' },
          rule: { type: 'linear', target: 32 },
        },
        {
          code: 'B2',
          title: '技能等级提升',
          description: '期内取得更高等级的职业技能证书、职称，或在技能竞赛中获奖。',
          maxScore: 4,
          source: 'automatic',
          metric: { key: 'talent.credentials_gained' },
          rule: {
            type: 'steps',
            steps: [
              { min: 0, score: 2 },
              { min: 1, score: 4 },
            ],
          },
        },
        {
          code: 'B3',
          title: '工艺标准掌握',
          description: '熟练掌握制丝工艺标准和岗位操作规程，应知应会考评合格。',
          maxScore: 4,
          source: 'manual',
        },
        {
          code: 'B4',
          title: '设备操作与维护',
          description: '规范操作本岗位设备，按时点检保养，能判断和排除常见故障。',
          maxScore: 4,
          source: 'rated',
          raters: ['self', 'peer', 'branch'],
        },
        {
          code: 'B5',
          title: '岗位练兵',
          description: '参加岗位练兵、技能比武和车间组织的各类培训。',
          maxScore: 4,
          source: 'manual',
        },
        {
          code: 'B6',
          title: '数字化应用',
          description: '熟练使用生产执行、数据采集等信息系统，用数据分析改进工作。',
          maxScore: 4,
          source: 'rated',
          raters: ['self', 'peer', 'branch'],
        },
      ],
    },
    {
      code: 'C',
      title: '岗位教练指导',
      description: '当好岗位教练，把本领传给身边职工。',
      indicators: [
        {
          code: 'C1',
          title: '带徒传技',
          description: '签订师徒协议，所带徒弟按期考核合格出师。',
          maxScore: 5,
          source: 'automatic',
          metric: { key: 'mentoring.apprentices_qualified' },
          rule: {
            type: 'steps',
            steps: [
              { min: 1, score: 3 },
              { min: 2, score: 5 },
            ],
          },
        },
        {
          code: 'C2',
          title: '技能培训授课',
          description: '承担班组、车间技能培训授课，按计划完成课时。',
          maxScore: 4,
          source: 'manual',
        },
        {
          code: 'C3',
          title: '操作经验推广',
          description: '总结提炼先进操作法、单点课，在班组推广应用。',
          maxScore: 4,
          source: 'manual',
        },
        {
          code: 'C4',
          title: '新员工帮带',
          description: '帮助新入职、转岗职工尽快熟悉岗位、独立上岗。',
          maxScore: 4,
          source: 'rated',
          raters: ['peer', 'staff', 'branch'],
        },
        {
          code: 'C5',
          title: '班组互助',
          description: '主动帮助班组成员解决岗位难题，分享经验不保守。',
          maxScore: 4,
          source: 'rated',
          raters: ['peer', 'staff'],
        },
        {
          code: 'C6',
          title: '示范岗位创建',
          description: '党员先锋岗、党员责任区作用发挥明显，带动身边职工对标提升。',
          maxScore: 4,
          source: 'rated',
        },
      ],
    },
    {
      code: 'D',
      title: '企业文化',
      description: '践行企业文化，在遵章守纪和团结协作上作表率。',
      indicators: [
        {
          code: 'D1',
          title: '践行企业价值观',
          description: '认同并践行企业使命、愿景和价值观，维护企业形象。',
          maxScore: 5,
          source: 'rated',
        },
        {
          code: 'D2',
          title: '遵章守纪',
          description: '遵守党纪国法和企业规章制度；受党纪政务处分或违法犯罪的一票否决。',
          maxScore: 4,
          source: 'rated',
          veto: true,
        },
        {
          code: 'D3',
          title: '组织生活参与',
          description: '按时参加“三会一课”、主题党日等组织生活。',
          maxScore: 4,
          source: 'automatic',
          metric: { key: 'member.attendance_rate' },
          rule: {
            type: 'steps',
            steps: [
              { min: 0.6, score: 2 },
              { min: 0.8, score: 3 },
              { min: 0.9, score: 4 },
            ],
          },
        },
        {
          code: 'D4',
          title: '志愿服务',
          description: '参加志愿服务和“我为群众办实事”活动，全年不少于8小时。',
          maxScore: 4,
          source: 'automatic',
          metric: { key: 'member.volunteer_hours' },
          rule: { type: 'linear', target: 8 },
        },
        {
          code: 'D5',
          title: '团结协作',
          description: '顾全大局，与班组、上下工序协作顺畅，关心关爱职工。',
          maxScore: 4,
          source: 'rated',
          raters: ['peer', 'staff'],
        },
        {
          code: 'D6',
          title: '文化建设参与',
          description: '参与车间文化活动、班组文化建设，撰写宣传稿件。',
          maxScore: 4,
          source: 'manual',
        },
      ],
    },
  ],
} satisfies IndicatorTemplateInput;

export const POST_DUTY_24: IndicatorTemplate = zIndicatorTemplate.parse(template);
