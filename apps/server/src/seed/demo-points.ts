import sharp from 'sharp';
import { awardPoints, claimPoints, createRuleSet, publishRuleSet } from '../modules/points/index';
import { membersOn } from '../modules/people/index';
import { addMonths } from '../platform/clock';
import type { RequestContext } from '../platform/context';
import type { Executor } from '../platform/db';
import type { Storage } from '../platform/storage';
import type { DemoBranch, DemoCast } from './demo-cast';
import { Rng } from './random';

// Members' points of the demo: the committee puts the 党员先锋指数 in force for the year before any
// meeting is recorded, so every attendance and 党课 scores by itself (through the fact events); the
// branches then record a few awards of their own, and the demo member has two claims waiting for the
// secretary's review. No veto: it would force 不合格 in an appraisal the demo does not run.

export const DEMO_POINTS_TEMPLATE = 'pioneer-index';

/** The year's rule set for the whole factory, published. */
export async function publishPointRules(ex: Executor, cast: DemoCast): Promise<string> {
  const { id } = await createRuleSet(ex, cast.ctx, { scopeOrgId: cast.root.id, year: cast.year, templateKey: DEMO_POINTS_TEMPLATE });
  await publishRuleSet(ex, cast.ctx, id);
  return id;
}

const AWARDS: readonly { ruleCode: string; note: string }[] = [
  { ruleCode: 'P9', note: '获评厂“优秀共产党员”' },
  { ruleCode: 'P9', note: '所在QC小组成果获公司QC成果发布二等奖' },
  { ruleCode: 'P9', note: '获评车间季度“党员先锋岗”标兵' },
  { ruleCode: 'P9', note: '在公司职业技能竞赛中获三等奖' },
];
const DEDUCTION = { ruleCode: 'M3', note: '未按期完成支部布置的党员责任区隐患整改任务，经支委会研究扣分' };

/**
 * A branch's own records (认定): awards for members, and in the demo branch one deduction, dated in the
 * months behind us. `writer` is the branch secretary where the demo has an account for them.
 */
export async function seedBranchAwards(
  ex: Executor,
  writer: RequestContext,
  cast: DemoCast,
  branch: DemoBranch,
  rng: Rng,
  opts: { awards: number; deduction: boolean; include?: string },
): Promise<number> {
  const members = (await membersOn(ex, { orgNodeId: branch.id, date: cast.today })).filter(
    (m) => m.partyStatus === 'full' && m.personId !== writer.actor.personId,
  );
  const chosen = new Set<string>(opts.include ? [opts.include] : []);
  while (chosen.size < Math.min(opts.awards + (opts.deduction ? 1 : 0), members.length)) chosen.add(rng.pick(members).personId);
  const people = [...chosen];
  let n = 0;
  for (const [i, personId] of people.entries()) {
    const item = opts.deduction && i === people.length - 1 ? DEDUCTION : AWARDS[i % AWARDS.length]!;
    const occurredOn = pastDay(cast.today, rng);
    await awardPoints(ex, writer, { personId, ruleCode: item.ruleCode, occurredOn, units: 1, note: item.note });
    n++;
  }
  return n;
}

/** A day in the last five months, never before 1 January nor after today. */
function pastDay(today: string, rng: Rng): string {
  const day = addMonths(today, -rng.int(0, 4)).slice(0, 8) + String(rng.int(1, 28)).padStart(2, '0');
  const first = `${today.slice(0, 4)}-01-01`;
  return day > today ? today : day < first ? first : day;
}

/** The demo member's claims of this quarter, each with a photo as its evidence, waiting for review. */
export async function seedMemberClaims(ex: Executor, member: RequestContext, storage: Storage, today: string, rng: Rng): Promise<number> {
  const quarterStart = `${today.slice(0, 5)}${String(Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
  const claims = [
    { ruleCode: 'P3', note: '兑现年初承诺：带教两名新入职操作工，均已独立上岗', fileName: '带教记录.png' },
    { ruleCode: 'P2', note: '主题党日学习心得体会一篇', fileName: '学习心得.png' },
  ];
  for (const c of claims) {
    const occurredOn = addDays(quarterStart, rng.int(0, daysBetween(quarterStart, today)));
    await claimPoints(ex, member, storage, {
      ruleCode: c.ruleCode,
      occurredOn,
      units: 1,
      note: c.note,
      files: [{ fileName: c.fileName, data: await evidencePhoto(rng) }],
    });
  }
  return claims.length;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/**
 * A stand-in for a phone photo of a paper record: a sheet with a red header band and ruled lines.
 * Shapes only, no text, so it renders the same without any font installed.
 */
async function evidencePhoto(rng: Rng): Promise<Buffer> {
  const lines = Array.from({ length: 9 }, (_, i) => {
    const y = 150 + i * 32;
    return `<rect x="70" y="${y}" width="${rng.int(300, 500)}" height="8" rx="4" fill="#9aa3ad"/>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480">
    <rect width="640" height="480" fill="#d9d4c7"/>
    <rect x="40" y="30" width="560" height="430" fill="#fdfcf8" stroke="#c8c2b4"/>
    <rect x="40" y="30" width="560" height="70" fill="#c0392b"/>
    <circle cx="100" cy="65" r="22" fill="#f4d03f"/>
    ${lines}
  </svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
