import type { EducationLevel, PartyStatus } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { createAccount, assignRole, DEMO_ACCOUNTS } from '../modules/accounts/index';
import { createBusinessUnit, createOrg, createRootOrg, saveTerm } from '../modules/orgs/index';
import { createPerson } from '../modules/people/index';
import { addMonths, addYears, todayIn } from '../platform/clock';
import type { RequestContext } from '../platform/context';
import { one, type Db, type Executor } from '../platform/db';
import { systemContext } from '../platform/system-actor';
import { chineseName, idNumberFor, isoDate, mobile, randomDate, Rng } from './random';

// The demo enterprise 示例卷烟厂, built through the same use cases the API calls. It deliberately
// contains branches that trip each organisation warning, so the warning list has something to show.

type BranchSpec = {
  name: string;
  code: string;
  unit: string;
  full: number;
  probationary: number;
  pipeline: number;
  staff: number;
  /** Months from today until the committee term ends (negative: overdue); null: no committee term. */
  termEndsInMonths: number | null;
  committee: boolean;
};

type GeneralSpec = { name: string; code: string; unit: string; unitType: 'workshop' | 'department'; branches: BranchSpec[] };

const b = (
  name: string,
  code: string,
  unit: string,
  full: number,
  extra: Partial<Omit<BranchSpec, 'name' | 'code' | 'unit' | 'full'>> = {},
): BranchSpec => ({
  name,
  code,
  unit,
  full,
  probationary: extra.probationary ?? 2,
  pipeline: extra.pipeline ?? 4,
  staff: extra.staff ?? 16,
  termEndsInMonths: extra.termEndsInMonths === undefined ? 20 : extra.termEndsInMonths,
  committee: extra.committee ?? full >= 7,
});

export const DEMO_STRUCTURE: GeneralSpec[] = [
  {
    name: '中共示例卷烟厂制丝车间总支部委员会',
    code: 'ZS',
    unit: '制丝车间',
    unitType: 'workshop',
    branches: [
      b('制丝车间第一党支部', 'ZS-01', '制丝一工段', 24),
      b('制丝车间第二党支部', 'ZS-02', '制丝二工段', 22, { termEndsInMonths: 4 }),
      b('制丝车间第三党支部', 'ZS-03', '叶片处理工段', 19),
      b('制丝车间第四党支部', 'ZS-04', '梗丝工段', 9, { committee: false }),
    ],
  },
  {
    name: '中共示例卷烟厂卷包车间总支部委员会',
    code: 'JB',
    unit: '卷包车间',
    unitType: 'workshop',
    branches: [
      b('卷包车间第一党支部', 'JB-01', '卷包甲班', 26),
      b('卷包车间第二党支部', 'JB-02', '卷包乙班', 25, { termEndsInMonths: -2 }),
      b('卷包车间第三党支部', 'JB-03', '卷包丙班', 44, { probationary: 8, staff: 6 }),
      b('卷包车间第四党支部', 'JB-04', '卷包维修班', 21),
      b('卷包车间第五党支部', 'JB-05', '辅料班', 18),
    ],
  },
  {
    name: '中共示例卷烟厂能源动力车间总支部委员会',
    code: 'NY',
    unit: '能源动力车间',
    unitType: 'workshop',
    branches: [
      b('能源动力车间第一党支部', 'NY-01', '动力班', 17),
      b('能源动力车间第二党支部', 'NY-02', '电气班', 15),
      b('能源动力车间第三党支部', 'NY-03', '空调班', 2, { probationary: 1, pipeline: 2, staff: 10, termEndsInMonths: null }),
    ],
  },
  {
    name: '中共示例卷烟厂机关总支部委员会',
    code: 'JG',
    unit: '机关',
    unitType: 'department',
    branches: [
      b('办公室党支部', 'JG-01', '办公室', 14),
      b('党群工作部党支部', 'JG-02', '党群工作部', 12),
      b('生产管理部党支部', 'JG-03', '生产管理部', 16),
      b('质量管理部党支部', 'JG-04', '质量管理部', 13),
      b('财务与审计党支部', 'JG-05', '财务部', 11),
    ],
  },
  {
    name: '中共示例卷烟厂物流中心总支部委员会',
    code: 'WL',
    unit: '物流中心',
    unitType: 'workshop',
    branches: [
      b('物流中心第一党支部', 'WL-01', '原料库', 16),
      b('物流中心第二党支部', 'WL-02', '成品库', 14),
      b('物流中心第三党支部', 'WL-03', '运输班', 12),
    ],
  },
];

const EDUCATION: EducationLevel[] = ['postgraduate', 'bachelor', 'bachelor', 'bachelor', 'college', 'college', 'secondary_vocational', 'high_school'];
const POSTS_WORKSHOP = ['操作工', '机台长', '维修工', '质检员', '工艺员', '班组长', '电工', '设备主管'];
const POSTS_OFFICE = ['科员', '主管', '副主任', '主任', '统计员', '文秘', '会计', '工程师'];
const TITLES = ['高级工', '技师', '高级技师', '助理工程师', '工程师', '高级工程师', '中级工', null];
const ETHNICITY = ['汉族', '汉族', '汉族', '汉族', '汉族', '壮族', '瑶族', '苗族', '侗族'];

type Made = { id: string; status: PartyStatus };

class PeopleMaker {
  private serial = 0;
  private used = new Set<string>();
  constructor(
    private readonly rng: Rng,
    private readonly today: string,
  ) {}

  async make(
    ex: Executor,
    ctx: RequestContext,
    place: { orgNodeId: string; partyGroupId: string | null; businessUnitId: string; office: boolean },
    status: PartyStatus,
  ): Promise<Made> {
    const rng = this.rng;
    const thisYear = Number(this.today.slice(0, 4));
    const gender = rng.chance(0.62) ? 'male' : 'female';
    // Full members were admitted at 21 or later and confirmed at least a year ago.
    const birthYear = rng.int(thisYear - 58, status === 'full' ? thisYear - 25 : thisYear - 22);
    const birthDate = randomDate(rng, birthYear, birthYear);
    let idNumber = '';
    do idNumber = idNumberFor(rng, birthDate, gender, this.serial++);
    while (this.used.has(idNumber));
    this.used.add(idNumber);
    const joinedWorkOn = randomDate(rng, birthYear + 19, Math.min(birthYear + 24, thisYear - 1));
    const y18 = birthYear + 19;
    let appliedOn: string | null = null;
    let activistOn: string | null = null;
    let developmentOn: string | null = null;
    let admittedOn: string | null = null;
    let confirmedOn: string | null = null;
    if (status === 'full') {
      const admitYear = rng.int(Math.max(y18 + 2, thisYear - 35), thisYear - 2);
      admittedOn = randomDate(rng, admitYear, admitYear);
      activistOn = addMonths(admittedOn, -rng.int(14, 30));
      developmentOn = addMonths(admittedOn, -rng.int(3, 10));
      appliedOn = addMonths(activistOn, -rng.int(1, 6));
      confirmedOn = addYears(admittedOn, 1);
    } else if (status === 'probationary') {
      admittedOn = addMonths(this.today, -rng.int(1, 11));
      developmentOn = addMonths(admittedOn, -rng.int(3, 8));
      activistOn = addMonths(developmentOn, -rng.int(12, 20));
      appliedOn = addMonths(activistOn, -rng.int(1, 6));
    } else if (status === 'development') {
      developmentOn = addMonths(this.today, -rng.int(1, 8));
      activistOn = addMonths(developmentOn, -rng.int(12, 24));
      appliedOn = addMonths(activistOn, -rng.int(1, 6));
    } else if (status === 'activist') {
      activistOn = addMonths(this.today, -rng.int(1, 11));
      appliedOn = addMonths(activistOn, -rng.int(1, 6));
    } else if (status === 'applicant') {
      appliedOn = addMonths(this.today, -rng.int(1, 11));
    }
    // Young people cannot have applied before 18: shift the pipeline after their 19th birthday.
    if (appliedOn && appliedOn < isoDate(y18, 1, 1)) {
      return this.make(ex, ctx, place, status === 'full' || status === 'probationary' ? status : 'none');
    }
    const r = await createPerson(ex, ctx, {
      name: chineseName(rng, gender),
      gender,
      ethnicity: rng.pick(ETHNICITY),
      birthDate,
      idNumber,
      phone: mobile(rng),
      education: rng.pick(EDUCATION),
      jobPost: rng.pick(place.office ? POSTS_OFFICE : POSTS_WORKSHOP),
      title: rng.pick(TITLES),
      businessUnitId: place.businessUnitId,
      orgNodeId: place.orgNodeId,
      partyGroupId: place.partyGroupId,
      joinedWorkOn,
      partyStatus: status,
      appliedOn,
      activistOn,
      developmentOn,
      admittedOn,
      confirmedOn,
      placedOn: admittedOn && admittedOn > joinedWorkOn ? admittedOn : joinedWorkOn,
    });
    return { id: r.id, status };
  }
}

export type DemoSummary = { rootId: string; branches: number; people: number; accounts: number };

/** Builds the demo enterprise into an empty database. */
export async function seedDemo(db: Db, timeZone: string, seed = 20261121): Promise<DemoSummary> {
  const rng = new Rng(seed);
  const today = todayIn(timeZone);
  const maker = new PeopleMaker(rng, today);
  const who = { accountId: null, name: '演示数据', ip: null };

  const { rootId, rootPath, factoryUnit } = await db.transaction(async (tx) => {
    const boot = systemContext({ id: '00000000-0000-0000-0000-000000000000', path: '/', name: '' }, timeZone);
    const factory = await createBusinessUnit(tx, boot, { parentId: null, type: 'factory', name: '示例卷烟厂', code: 'BU' });
    const root = await createRootOrg(tx, who, {
      name: '中共示例卷烟厂委员会',
      shortName: '厂党委',
      code: 'DW',
      businessUnitId: factory.id,
      foundedOn: '1985-07-01',
    });
    const r = await one<{ path: string }>(tx, sql`SELECT path FROM org_node WHERE id = ${root.id}`);
    return { rootId: root.id, rootPath: r!.path, factoryUnit: factory.id };
  });
  const ctx = systemContext({ id: rootId, path: rootPath, name: '中共示例卷烟厂委员会' }, timeZone);
  const termStart = (monthsToEnd: number) => addYears(addMonths(today, monthsToEnd), -3);

  let people = 0;
  let branches = 0;
  const named: Record<string, string> = {};
  const branchRoles: Record<string, { branchId: string; secretaryId: string; memberId: string }> = {};

  // The committee's own office holders sit in the 党群工作部 branch; the 党委 term lists them.
  const committeePosts: { personId: string; post: 'secretary' | 'deputy_secretary' | 'organization' | 'propaganda' | 'discipline' }[] = [];

  for (const [gi, g] of DEMO_STRUCTURE.entries()) {
    await db.transaction(async (tx) => {
      const unit = await createBusinessUnit(tx, ctx, { parentId: factoryUnit, type: g.unitType, name: g.unit, code: `BU-${g.code}` });
      const general = await createOrg(tx, ctx, {
        parentId: rootId,
        type: 'general_branch',
        name: g.name,
        shortName: `${g.unit}党总支`,
        code: g.code,
        isJoint: false,
        isTemporary: false,
        businessUnitId: unit.id,
        foundedOn: isoDate(1990 + gi * 3, 7, 1),
      });
      named[g.code] = general.id;
      const generalPosts: { personId: string; post: 'secretary' | 'deputy_secretary' | 'organization' | 'propaganda' | 'discipline' }[] = [];
      for (const [bi, spec] of g.branches.entries()) {
        const team = await createBusinessUnit(tx, ctx, {
          parentId: unit.id,
          type: g.unitType === 'department' ? 'department' : 'team',
          name: spec.unit,
          code: `BU-${spec.code}`,
        });
        const branch = await createOrg(tx, ctx, {
          parentId: general.id,
          type: 'branch',
          name: spec.name,
          shortName: spec.name.replace('车间', '').replace('党支部', '支部'),
          code: spec.code,
          isJoint: false,
          isTemporary: false,
          businessUnitId: team.id,
          foundedOn: isoDate(1995 + bi * 2, 6, 1),
          contactName: null,
          contactPhone: `0772-${rng.int(2000000, 3999999)}`,
        });
        branches++;
        named[spec.code] = branch.id;
        const groupCount = spec.full + spec.probationary >= 20 ? 3 : spec.full >= 9 ? 2 : 0;
        const groups: string[] = [];
        for (let i = 0; i < groupCount; i++) {
          const grp = await createOrg(tx, ctx, {
            parentId: branch.id,
            type: 'group',
            name: `${spec.name}第${'一二三四'[i]}党小组`,
            code: `${spec.code}-G${i + 1}`,
            isJoint: false,
            isTemporary: false,
          });
          groups.push(grp.id);
        }
        const place = (i: number) => ({
          orgNodeId: branch.id,
          partyGroupId: groups.length > 0 ? groups[i % groups.length]! : null,
          businessUnitId: team.id,
          office: g.unitType === 'department',
        });
        const members: Made[] = [];
        for (let i = 0; i < spec.full; i++) members.push(await maker.make(tx, ctx, place(i), 'full'));
        for (let i = 0; i < spec.probationary; i++) members.push(await maker.make(tx, ctx, place(i), 'probationary'));
        const pipeline: PartyStatus[] = ['applicant', 'activist', 'development'];
        for (let i = 0; i < spec.pipeline; i++) {
          await maker.make(tx, ctx, { ...place(i), partyGroupId: null }, pipeline[i % 3]!);
        }
        for (let i = 0; i < spec.staff; i++) await maker.make(tx, ctx, { ...place(i), partyGroupId: null }, 'none');
        people += spec.full + spec.probationary + spec.pipeline + spec.staff;

        const full = members.filter((m) => m.status === 'full');
        if (spec.termEndsInMonths !== null && full.length > 0) {
          const startsOn = termStart(spec.termEndsInMonths);
          const posts = spec.committee
            ? (['secretary', 'organization', 'propaganda', 'discipline'] as const).map((post, i) => ({
                personId: full[i]!.id,
                post,
              }))
            : [{ personId: full[0]!.id, post: 'secretary' as const }];
          await saveTerm(tx, ctx, branch.id, {
            startsOn,
            endsOn: addYears(startsOn, 3),
            electedOn: startsOn,
            note: '支部党员大会选举产生',
            posts,
          });
          for (const [i, grp] of groups.entries()) {
            await saveTerm(tx, ctx, grp, {
              startsOn,
              endsOn: addYears(startsOn, 3),
              electedOn: null,
              note: '支委会指定',
              posts: [{ personId: full[(i + 4) % full.length]!.id, post: 'group_leader' }],
            });
          }
          branchRoles[spec.code] = { branchId: branch.id, secretaryId: full[0]!.id, memberId: full[5 % full.length]!.id };
        }
        if (bi === 0) {
          generalPosts.push({ personId: full[1]!.id, post: 'secretary' }, { personId: full[2]!.id, post: 'organization' });
        }
        if (spec.code === 'JG-02') {
          committeePosts.push(
            { personId: full[1]!.id, post: 'secretary' },
            { personId: full[2]!.id, post: 'deputy_secretary' },
            { personId: full[3]!.id, post: 'organization' },
            { personId: full[4]!.id, post: 'propaganda' },
            { personId: full[6]!.id, post: 'discipline' },
          );
        }
      }
      const startsOn = termStart(18 + gi);
      await saveTerm(tx, ctx, general.id, {
        startsOn,
        endsOn: addYears(startsOn, 3),
        electedOn: startsOn,
        note: null,
        posts: generalPosts,
      });
    });
  }

  const accounts = await db.transaction(async (tx) => {
    const startsOn = termStart(30);
    await saveTerm(tx, ctx, rootId, {
      startsOn,
      endsOn: addYears(startsOn, 5),
      electedOn: startsOn,
      note: '党员大会选举产生',
      posts: committeePosts,
    });
    const zs = branchRoles['ZS-01']!;
    const jb = branchRoles['JB-01']!;
    const personFor: Record<string, string | null> = {
      admin: committeePosts[2]!.personId,
      secretary: zs.secretaryId,
      member: zs.memberId,
      other: jb.secretaryId,
      sysadmin: null,
      secadmin: null,
      auditor: null,
    };
    const nodeFor: Record<string, string> = { secretary: zs.branchId, member: zs.branchId, other: jb.branchId };
    const names = await tx.execute(sql`SELECT id, name FROM person WHERE id IN (${sql.join(
      Object.values(personFor)
        .filter((v): v is string => !!v)
        .map((v) => sql`${v}`),
      sql`, `,
    )})`);
    const nameOf = new Map((names as { rows: { id: string; name: string }[] }).rows.map((r) => [r.id, r.name]));
    let n = 0;
    for (const a of DEMO_ACCOUNTS.accounts) {
      const personId = personFor[a.username] ?? null;
      const created = await createAccount(tx, ctx, {
        username: a.username,
        displayName: personId ? (nameOf.get(personId) ?? a.username) : a.description,
        personId,
        initialPassword: DEMO_ACCOUNTS.password,
      });
      await tx.execute(sql`UPDATE account SET demo = true WHERE id = ${created.id}`);
      await assignRole(tx, ctx, created.id, { role: a.role, orgNodeId: nodeFor[a.username] ?? rootId });
      n++;
    }
    return n;
  });
  return { rootId, branches, people, accounts };
}
