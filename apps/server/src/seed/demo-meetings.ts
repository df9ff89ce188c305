import type { MeetingType } from '@zhibu/shared';
import { createMeeting, recordAttendance, transitionMeeting, updateMeeting } from '../modules/orglife/index';
import { committeeOn } from '../modules/orgs/index';
import { membersOn } from '../modules/people/index';
import type { RequestContext } from '../platform/context';
import type { Executor } from '../platform/db';
import type { DemoBranch, DemoCast } from './demo-cast';
import { isoDate, Rng } from './random';

// The demo's 三会一课 of this year up to today, recorded through the orglife use cases so that facts,
// class hours, compliance and the points they award are derived exactly as in real use. Each branch with
// a term holds: a 支委会 early every month (if it has a committee), the 党小组会 of each group mid-month,
// a 主题党日 every month, and once a quarter a 支部党员大会 with the secretary's 党课. A sitting not yet
// due this month is left planned; the last week's are held (minutes not yet written), the last month's
// recorded and waiting for review, older ones reviewed by the committee.

type Audience = 'committee' | 'branch' | 'group';
type Stage = 'planned' | 'held' | 'recorded' | 'reviewed';

type Sitting = {
  orgNodeId: string;
  audience: Audience;
  types: MeetingType[];
  title: string;
  date: string;
  /** Local start time (HH:MM) and length in minutes. */
  start: string;
  length: number;
  place: string;
  chairId: string;
  recorderId: string | null;
  lecturerId: string | null;
  lessonTopic: string | null;
  firstTopic: boolean;
  agenda: string[];
  decision: string | null;
};

/** Meetings a branch deliberately missed: months (1–12) and quarters (1–4). */
export type Gaps = { committeeMonths: number[]; lessonQuarters: number[]; themeDayMonths: number[] };

/**
 * The deliberate gaps, relative to the last finished month so they fall in periods compliance already
 * judges: ZS-02 (its term ends soon) skipped a 支委会, JB-03 (the largest branch) let a quarter pass
 * without a 党课, and WL-03 missed two 支委会 and a 主题党日. Every other branch is complete.
 */
export function demoGaps(today: string): Record<string, Gaps> {
  const done = Number(today.slice(5, 7)) - 1;
  return {
    'ZS-02': { committeeMonths: [done - 2], lessonQuarters: [], themeDayMonths: [] },
    'JB-03': { committeeMonths: [], lessonQuarters: [Math.floor(done / 3)], themeDayMonths: [] },
    'WL-03': { committeeMonths: [done - 5, done - 1], lessonQuarters: [], themeDayMonths: [done - 3] },
  };
}

const NO_GAPS: Gaps = { committeeMonths: [], lessonQuarters: [], themeDayMonths: [] };

const MONTH_ZH = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const QUARTER_ZH = ['一', '二', '三', '四'];

const FIRST_TOPIC = '第一议题：学习习近平总书记重要讲话和重要指示批示精神，结合车间工作谈贯彻落实措施';
const COMMITTEE_TOPICS = [
  '研究本月“三会一课”和主题党日活动安排',
  '通报上月党员积分审核情况，研究党员申报事项',
  '讨论入党积极分子培养考察情况',
  '研究党员责任区、先锋岗在安全生产和工艺质量攻关中的作用发挥',
  '研究困难党员和职工群众帮扶事项',
  '通报党费收缴情况',
  '研究职工群众反映的意见建议及办理情况',
  '讨论下季度支部党员大会议题',
];
const COMMITTEE_DECISIONS = [
  '会议同意上述安排，由组织委员牵头抓好落实，下次支委会通报进展。',
  '会议明确了责任分工和完成时限，宣传委员负责做好宣传报道。',
  '会议同意各项议题，相关材料存入支部工作台账。',
];

const THEME_DAYS: readonly [string, string][] = [
  ['新春走访慰问', '走访慰问困难党员和一线倒班职工，送去节日问候，了解生产生活困难'],
  ['节后收心·安全第一课', '开展节后复工安全教育，重温岗位安全操作规程'],
  ['学雷锋志愿服务', '到结对社区开展学雷锋志愿服务，义务清扫、维修小家电'],
  ['清明缅怀革命先烈', '赴烈士陵园祭扫，敬献花篮，重温入党誓词'],
  ['劳动创造幸福·岗位建功', '开展党员先锋岗劳动竞赛，评选本月岗位标兵'],
  ['安全生产月·隐患随手拍', '党员带头排查现场安全隐患，建立整改台账并明确责任人'],
  ['庆祝建党节·过政治生日', '重温入党誓词，为本月入党的党员过“政治生日”，赠送纪念卡'],
  ['八一拥军·关爱退役军人', '走访慰问退役军人职工，开展国防教育'],
  ['质量月·我为质量献一策', '围绕工艺质量提升征集合理化建议，党员每人至少提出一条'],
  ['爱国主义教育', '集中观看爱国主义教育影片，交流观后感'],
  ['冬季消防安全', '开展消防应急演练，党员带头检查区域消防设施'],
  ['岁末送温暖', '开展年终走访慰问，征求党员群众对支部工作的意见建议'],
];

const LESSONS = [
  '弘扬劳模精神和工匠精神，争做新时代产业工人',
  '严守纪律规矩，筑牢拒腐防变思想防线',
  '以高质量党建推动党建与生产经营深度融合',
  '牢记初心使命，在岗位上发挥党员先锋模范作用',
];
const GENERAL_TOPICS = [
  '通报本季度支部工作和党员积分情况',
  '学习传达上级党委有关会议和文件精神',
  '讨论确定下季度支部工作重点和党员承诺事项',
];

const GROUP_TOPICS = [
  '学习《中国共产党章程》总纲',
  '学习《中国共产党纪律处分条例》有关条款',
  '交流本月岗位履职和承诺践诺情况',
  '收集党员群众对生产和生活方面的意见建议',
  '结合班组安全质量问题开展讨论，提出改进措施',
  '学习身边先进典型事迹，交流心得体会',
];

const ABSENCE = [
  { reason: 'public', notes: ['倒班在岗', '外出培训', '出差'] },
  { reason: 'public', notes: ['倒班在岗', '设备抢修'] },
  { reason: 'sick', notes: ['病假'] },
  { reason: 'personal', notes: ['事假'] },
  { reason: 'other', notes: ['调休'] },
] as const;

/** Shifts a weekend day to the Monday after. */
function workday(year: number, month: number, day: number): string {
  const dow = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return isoDate(year, month, day + (dow === 6 ? 2 : dow === 0 ? 1 : 0));
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** A local wall-clock time on a date, as ISO 8601 with the zone's offset on that day. */
function localTime(date: string, time: string, timeZone: string, plusMinutes = 0): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const total = h * 60 + m + plusMinutes;
  const hhmm = `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
  let format = offsetFormats.get(timeZone);
  if (!format) offsetFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })));
  const zone = format
    .formatToParts(new Date(`${date}T${hhmm}:00Z`))
    .find((p) => p.type === 'timeZoneName')!.value;
  return `${date}T${hhmm}:00${zone === 'GMT' ? '+00:00' : zone.slice(3)}`;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

function stageOf(date: string, today: string): Stage {
  if (date > today) return 'planned';
  const age = daysBetween(date, today);
  return age <= 6 ? 'held' : age <= 35 ? 'recorded' : 'reviewed';
}

function pickSome<T>(rng: Rng, items: readonly T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(rng.int(0, pool.length - 1), 1)[0]!);
  return out;
}

/** The sittings of one branch from January to the end of the current month, dated and described. */
function planBranch(branch: DemoBranch, rng: Rng, today: string, gaps: Gaps): Sitting[] {
  const year = Number(today.slice(0, 4));
  const lastMonth = Number(today.slice(5, 7));
  const hasCommittee = branch.committee.length >= 3;
  const recorder = branch.committee.find((c) => c.post === 'organization')?.personId ?? null;
  const place = branch.office ? '机关三楼会议室' : `${branch.unitName}党员活动室`;
  const out: Sitting[] = [];
  const base = { place, chairId: branch.secretaryId, recorderId: recorder, lecturerId: null, lessonTopic: null, decision: null };
  for (let month = 1; month <= lastMonth; month++) {
    const mzh = `${MONTH_ZH[month - 1]}月`;
    if (hasCommittee && !gaps.committeeMonths.includes(month)) {
      out.push({
        ...base,
        orgNodeId: branch.id,
        audience: 'committee',
        types: ['committee_meeting'],
        title: `${mzh}支部委员会会议`,
        date: workday(year, month, rng.int(3, 8)),
        start: '16:30',
        length: 60,
        firstTopic: true,
        agenda: [FIRST_TOPIC, ...pickSome(rng, COMMITTEE_TOPICS, rng.int(2, 3))],
        decision: rng.pick(COMMITTEE_DECISIONS),
      });
    }
    for (const group of branch.groups) {
      out.push({
        ...base,
        orgNodeId: group.id,
        audience: 'group',
        types: ['group_meeting'],
        title: `${mzh}${/第.党小组$/.exec(group.name)?.[0] ?? '党小组'}会`,
        date: workday(year, month, rng.int(10, 18)),
        start: '17:00',
        length: 60,
        chairId: group.leaderId ?? branch.secretaryId,
        recorderId: null,
        firstTopic: false,
        agenda: pickSome(rng, GROUP_TOPICS, 2),
      });
    }
    // The quarter's 支部党员大会 and the secretary's 党课 sit with the 主题党日 of its second month, as
    // branches usually do; a gap drops only the type that was missed.
    const quarter = Math.ceil(month / 3);
    const general = month % 3 === 2;
    const lesson = general && !gaps.lessonQuarters.includes(quarter);
    const themeDay = !gaps.themeDayMonths.includes(month);
    const kinds: [MeetingType, string, boolean][] = [
      ['theme_day', '主题党日', themeDay],
      ['general_meeting', `第${QUARTER_ZH[quarter - 1]}季度支部党员大会`, general],
      ['party_lesson', '党课', lesson],
    ];
    const types = kinds.filter(([, , yes]) => yes).map(([type]) => type);
    if (types.length === 0) continue;
    const [theme, activity] = THEME_DAYS[month - 1]!;
    const [first, ...rest] = kinds.filter(([, , yes]) => yes).map(([, name]) => name);
    out.push({
      ...base,
      orgNodeId: branch.id,
      audience: 'branch',
      types,
      title: `${mzh}${first}${rest.length > 0 ? `暨${rest.join('、')}` : ''}${themeDay ? `：${theme}` : ''}`,
      date: workday(year, month, rng.int(general ? 12 : 20, general ? 16 : 26)),
      start: '14:00',
      length: 90 + (themeDay ? 30 : 0) + (lesson ? 60 : 0),
      lecturerId: lesson ? branch.secretaryId : null,
      lessonTopic: lesson ? LESSONS[quarter - 1]! : null,
      firstTopic: false,
      agenda: [
        '集中学习党的创新理论和上级有关文件',
        ...(general ? GENERAL_TOPICS : []),
        ...(lesson ? [`支部书记讲党课：${LESSONS[quarter - 1]!}`] : []),
        ...(themeDay ? [activity, '党员交流发言'] : []),
      ],
      decision: general ? '会议一致同意下季度工作安排，请各党小组抓好传达落实。' : null,
    });
  }
  return out;
}

type Attendee = { personId: string; name: string };
type Mark = { personId: string; status: 'present' | 'absent'; absenceReason: 'public' | 'sick' | 'personal' | 'other' | null; note: string | null };

/**
 * Most present; now and then someone away on shift, sick or on leave, and rarely (never in a 支委会) an
 * absence without a reason. Whoever chairs, records or lectures is there; a 支委会 keeps its quorum.
 */
function markAttendance(rng: Rng, roster: Attendee[], s: Sitting): Mark[] {
  const needed = new Set([s.chairId, s.recorderId, s.lecturerId].filter((x): x is string => !!x));
  let absent = 0;
  return roster.map((p) => {
    const mayMiss = !needed.has(p.personId) && (s.audience !== 'committee' || absent === 0);
    if (!mayMiss || rng.chance(0.9)) return { personId: p.personId, status: 'present', absenceReason: null, note: null };
    absent++;
    if (s.audience !== 'committee' && rng.chance(0.1)) return { personId: p.personId, status: 'absent', absenceReason: null, note: null };
    const a = rng.pick(ABSENCE);
    return { personId: p.personId, status: 'absent', absenceReason: a.reason, note: rng.pick(a.notes) };
  });
}

const REASON_ZH = { public: '公假', sick: '病假', personal: '事假', other: '其他' } as const;

function minutesOf(s: Sitting, roster: Attendee[], marks: Mark[], names: Map<string, string>, end: string): string {
  const absent = marks.filter((m) => m.status === 'absent');
  const away = absent.map((m) => `${names.get(m.personId) ?? ''}（${m.absenceReason ? (m.note ?? REASON_ZH[m.absenceReason]) : '未请假'}）`);
  const lines = [
    `时间：${s.date} ${s.start}—${end}`,
    `地点：${s.place}`,
    `主持人：${names.get(s.chairId) ?? ''}${s.recorderId ? `；记录人：${names.get(s.recorderId) ?? ''}` : ''}`,
    `应到${roster.length}人，实到${roster.length - absent.length}人${away.length > 0 ? `；缺席：${away.join('、')}` : ''}。`,
    '会议内容：',
    ...s.agenda.map((a, i) => `${'一二三四五六七八九十'[i]}、${a}。`),
  ];
  if (s.lecturerId) {
    lines.push(`${names.get(s.lecturerId) ?? ''}同志以“${s.lessonTopic!}”为题讲授党课，党员结合岗位实际交流了学习体会。`);
  }
  if (s.audience === 'group') lines.push('党员逐一发言，小组长对本月工作进行了小结。');
  if (s.decision) lines.push(`会议决定：${s.decision}`);
  return lines.join('\n');
}

export type MeetingCounts = { meetings: number; attendance: number };

/** Records one sitting up to its stage, through the same steps a secretary takes in the app. */
async function recordSitting(ex: Executor, actors: Actors, rng: Rng, branch: DemoBranch, s: Sitting, stage: Stage): Promise<number> {
  const ctx = actors.writer;
  const { id } = await createMeeting(ex, ctx, {
    orgNodeId: s.orgNodeId,
    types: s.types,
    title: s.title,
    plannedStart: localTime(s.date, s.start, ctx.timeZone),
    place: s.place,
    chairPersonId: s.chairId,
    recorderPersonId: s.recorderId,
    lecturerPersonId: s.lecturerId,
    lessonTopic: s.lessonTopic,
    firstTopic: s.firstTopic,
    agenda: s.agenda.map((a, i) => `${i + 1}. ${a}`).join('\n'),
  });
  if (stage === 'planned') return 0;
  const members = await membersOn(ex, { orgNodeId: branch.id, date: s.date });
  const names = new Map(members.map((m) => [m.personId, m.name]));
  const roster: Attendee[] =
    s.audience === 'committee'
      ? (await committeeOn(ex, branch.id, s.date)).map((c) => ({ personId: c.personId, name: names.get(c.personId) ?? '' }))
      : s.audience === 'group'
        ? members.filter((m) => m.partyGroupId === s.orgNodeId)
        : members;
  const marks = markAttendance(rng, roster, s);
  const end = localTime(s.date, s.start, ctx.timeZone, s.length).slice(11, 16);
  let version = 1;
  await updateMeeting(ex, ctx, id, {
    version: version++,
    actualStart: localTime(s.date, s.start, ctx.timeZone),
    actualEnd: localTime(s.date, s.start, ctx.timeZone, s.length),
    // Minutes are written after the sitting; a sitting of the last few days has none yet.
    ...(stage === 'held' ? {} : { minutes: minutesOf(s, roster, marks, names, end) }),
  });
  await transitionMeeting(ex, ctx, id, { action: 'hold', version: version++, heldOn: s.date });
  await recordAttendance(ex, ctx, id, { version: version++, entries: marks });
  if (stage === 'recorded' || stage === 'reviewed') await transitionMeeting(ex, ctx, id, { action: 'record', version: version++ });
  if (stage === 'reviewed') await transitionMeeting(ex, actors.reviewer, id, { action: 'approve', version: version++ });
  return roster.length;
}

/** Who records the meetings (the branch, or the committee for it) and who reviews them (the committee). */
export type Actors = { writer: RequestContext; reviewer: RequestContext };

/** A branch's year of meetings, in its own transaction's executor. */
export async function seedBranchMeetings(
  ex: Executor,
  cast: DemoCast,
  branch: DemoBranch,
  rng: Rng,
  actors: Actors,
  gaps: Gaps = NO_GAPS,
): Promise<MeetingCounts> {
  const sittings = planBranch(branch, rng, cast.today, gaps).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let attendance = 0;
  for (const s of sittings) {
    const stage = stageOf(s.date, cast.today);
    // The committee reviews the branch's own records; a 党小组会 record stays with the branch.
    attendance += await recordSitting(ex, actors, rng, branch, s, s.audience === 'group' && stage === 'reviewed' ? 'recorded' : stage);
  }
  return { meetings: sittings.length, attendance };
}
