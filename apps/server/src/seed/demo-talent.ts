import type { Credential, TalentTier } from '@zhibu/shared';
import { addCredential, assignTier, copyBuiltinPortraits, enterReserve, recordScores } from '../modules/talent/index';
import { membersOn } from '../modules/people/index';
import { addMonths } from '../platform/clock';
import type { RequestContext } from '../platform/context';
import type { Executor } from '../platform/db';
import type { DemoBranch, DemoCast } from './demo-cast';

// Talent profiles of the demo: the committee keeps the 16 built-in job portraits for the whole factory;
// in the demo branch the secretary has recorded credentials for six members (the demo member among
// them), scored four against their post's portrait, named one 精英 and one 雏鹰, and put two into the
// reserve pool. A 低压电工 certificate runs out within two months, so 即将到期 has an entry.

type Plan = {
  credentials: (year: number, today: string) => Credential[];
  portrait?: string;
  /** 政治素质, 行为规范, 服务意识, 创新意识, 质量安全, 协同协作, 专业技能. */
  scores?: [number, number, number, number, number, number, number];
  tier?: { tier: TalentTier; reason: string };
  reserve?: { direction: string; targetTier: TalentTier; monthsAgo: number };
};

const INDICATORS = ['political', 'conduct', 'service', 'innovation', 'quality_safety', 'collaboration', 'skill'];

/** The demo member first, then colleagues in name order. */
const PLANS: Plan[] = [
  {
    credentials: (y) => [
      { kind: 'certificate', name: '烟草制丝工', level: 'senior_worker', issuer: '烟草行业职业技能鉴定站', obtainedOn: `${y - 4}-06-15` },
      { kind: 'competition', name: '公司制丝工艺技能竞赛', level: 'enterprise', result: '二等奖', obtainedOn: `${y - 1}-10-20` },
      { kind: 'training', name: '卷烟工艺质量提升专题培训', level: 'enterprise', obtainedOn: `${y}-04-18` },
    ],
    portrait: 'op-primary',
    scores: [92, 88, 85, 80, 90, 87, 89],
    reserve: { direction: '工艺质量', targetTier: 'elite', monthsAgo: 5 },
  },
  {
    credentials: (y, today) => [
      { kind: 'certificate', name: '低压电工作业', issuer: '应急管理局', obtainedOn: addMonths(today, -70), expiresOn: addMonths(today, 2) },
      { kind: 'certificate', name: '烟机设备修理工', level: 'technician', issuer: '烟草行业职业技能鉴定站', obtainedOn: `${y - 3}-11-08` },
      { kind: 'award', name: '厂“优秀共产党员”', level: 'enterprise', obtainedOn: `${y - 1}-06-28` },
    ],
    portrait: 'maint-repair',
    scores: [95, 90, 88, 86, 92, 90, 93],
    tier: { tier: 'elite', reason: '支部委员会研究认定：设备维修技术骨干' },
  },
  {
    credentials: (y) => [
      { kind: 'title', name: '工程师', level: 'intermediate', issuer: '公司职称评审委员会', obtainedOn: `${y - 5}-12-01` },
      { kind: 'training', name: '精益生产（TPM）管理培训', level: 'enterprise', obtainedOn: `${y - 1}-09-12` },
    ],
    portrait: 'tech-primary',
    scores: [90, 86, 82, 88, 85, 84, 87],
    reserve: { direction: '工艺技术', targetTier: 'leading', monthsAgo: 9 },
  },
  {
    credentials: (y) => [
      { kind: 'certificate', name: '烟草制丝工', level: 'intermediate_worker', issuer: '烟草行业职业技能鉴定站', obtainedOn: `${y - 2}-07-01` },
      { kind: 'competition', name: '车间岗位练兵比武', level: 'department', result: '第一名', obtainedOn: `${y}-05-26` },
    ],
    portrait: 'op-primary',
    scores: [88, 85, 80, 78, 84, 86, 82],
    tier: { tier: 'rising', reason: '雏鹰工程：青年岗位能手' },
  },
  {
    credentials: (y) => [{ kind: 'award', name: '公司“安全生产先进个人”', level: 'enterprise', obtainedOn: `${y - 1}-12-20` }],
  },
  {
    credentials: (y) => [{ kind: 'training', name: '班组长岗位能力培训', level: 'enterprise', obtainedOn: `${y}-03-15` }],
  },
];

export type TalentCounts = { portraits: number; credentials: number; scored: number; tiers: number; reserve: number };

/** The committee's portraits, then the demo branch's talent records kept by its secretary. */
export async function seedTalent(ex: Executor, cast: DemoCast, branch: DemoBranch, secretary: RequestContext): Promise<TalentCounts> {
  const { created } = await copyBuiltinPortraits(ex, cast.ctx, { scopeOrgId: cast.root.id });
  const portraitId = new Map(created.map((p) => [p.code, p.id]));
  const colleagues = (await membersOn(ex, { orgNodeId: branch.id, date: cast.today })).filter(
    (m) => m.partyStatus === 'full' && m.personId !== cast.demoMemberId && m.personId !== cast.demoSecretaryId,
  );
  const people = [cast.demoMemberId, ...colleagues.map((c) => c.personId)];
  const counts: TalentCounts = { portraits: created.length, credentials: 0, scored: 0, tiers: 0, reserve: 0 };
  for (const [i, plan] of PLANS.entries()) {
    const personId = people[i]!;
    for (const c of plan.credentials(cast.year, cast.today)) {
      // Early in the year a date of this year may not have come yet: it is then today's.
      await addCredential(ex, secretary, personId, { ...c, obtainedOn: c.obtainedOn > cast.today ? cast.today : c.obtainedOn });
      counts.credentials++;
    }
    const portrait = plan.portrait ? portraitId.get(plan.portrait)! : null;
    if (portrait && plan.scores) {
      const scores = plan.scores.map((score, k) => ({ code: INDICATORS[k]!, score }));
      await recordScores(ex, secretary, personId, { portraitId: portrait, scoredOn: addMonths(cast.today, -1), scores, note: '年度岗位画像评价' });
      counts.scored++;
    }
    if (plan.tier) {
      await assignTier(ex, secretary, personId, { ...plan.tier, portraitId: portrait, assignedOn: cast.today });
      counts.tiers++;
    }
    if (portrait && plan.reserve) {
      const { monthsAgo, ...entry } = plan.reserve;
      await enterReserve(ex, secretary, { personId, portraitId: portrait, enteredOn: addMonths(cast.today, -monthsAgo), ...entry });
      counts.reserve++;
    }
  }
  return counts;
}
