import type { Reader } from '../../platform/db';
import {
  metricInstanceKey,
  type FamilyResult,
  type MetricDef,
  type MetricFamily,
  type MetricInstance,
  type MetricQuery,
  type MetricValue,
} from '../../platform/metrics';
import { lessonsBySecretary } from './metrics';
import { attendanceRates } from './rating-metrics-attendance';
import { appraisals, talksCoverage } from './rating-metrics-members';
import { groupCoverage, heldByPeriod, orgLapses, sittingMetrics, type HeldRequest } from './rating-metrics-meetings';
import { PERIODS } from './rating-metrics-periods';
import { rosterMetrics } from './rating-metrics-roster';
import { MEETING_TYPES, type MeetingType, type Period } from './rules/frequency-rules';

// The numbers organisational life offers to ratings (the `orglife.meetings` family). Every metric is
// answered for all orgs matched by the query at once; the family runs only the queries the requested
// metrics need, at most one per group below, so the number of queries never depends on the number of
// orgs: the meeting facts (periods, counts) · the groups' meeting facts · one scan of the sittings
// (shares, invalid decisions, rectified 组织生活会, the attendance rate from the sittings' counts) ·
// lessons by the secretary · one statement over the roster (study hours and absence from the members'
// activity, talk coverage where there were no talks) · talk coverage where there were talks ·
// stretches without sittings · appraisal rounds. Eight at most.

export const MEETINGS_FAMILY = 'orglife.meetings';

const TYPE_PARAM = { name: 'type', values: MEETING_TYPES, zh: '会议类型', en: 'Meeting type' } as const;
const PERIOD_PARAM = { name: 'period', values: PERIODS, zh: '周期', en: 'Period' } as const;
const def = (d: Omit<MetricDef, 'family'>): MetricDef => ({ ...d, family: MEETINGS_FAMILY });

export const MEETING_METRICS: readonly MetricDef[] = [
  def({ key: 'meetings.periods', zh: '按期召开的期数', en: 'Periods with a sitting held', unit: 'count', sourceType: 'meeting', params: [TYPE_PARAM, PERIOD_PARAM] }),
  def({ key: 'meetings.count', zh: '召开次数', en: 'Sittings held', unit: 'count', sourceType: 'meeting', params: [TYPE_PARAM] }),
  def({ key: 'meetings.group_coverage', zh: '党小组会按月召开覆盖率', en: 'Party group meetings held each month', unit: 'ratio', sourceType: 'meeting' }),
  def({ key: 'meetings.first_topic_share', zh: '支委会学习“第一议题”的比例', en: 'Committee meetings opening with the first topic', unit: 'ratio', sourceType: 'meeting' }),
  def({ key: 'meetings.reviewed_share', zh: '会议记录已审核的比例', en: 'Meeting records reviewed', unit: 'ratio', sourceType: 'meeting' }),
  def({ key: 'meetings.invalid_decisions', zh: '不符合到会或表决规定的决策会议', en: 'Decision meetings failing quorum or vote rules', unit: 'count', sourceType: 'meeting' }),
  def({ key: 'attendance.rate', zh: '党员到会率', en: 'Attendance rate', unit: 'ratio', sourceType: 'meeting' }),
  def({ key: 'lessons.by_secretary', zh: '书记讲党课次数', en: 'Party lessons given by the secretary', unit: 'count', sourceType: 'meeting' }),
  def({ key: 'life_meeting.rectified', zh: '组织生活会整改完成', en: 'Organisational life meetings with rectification closed', unit: 'count', sourceType: 'meeting' }),
  def({ key: 'members.absent_3_months', zh: '连续3个月未参加组织生活的党员', en: 'Members absent from organisational life for 3 months', unit: 'count', sourceType: 'person' }),
  def({ key: 'members.absent_6_months_org', zh: '连续6个月以上未开展组织生活', en: 'No organisational life for over 6 months', unit: 'bool' }),
  def({ key: 'class_hours.share_met', zh: '党员学习学时达标比例', en: 'Members meeting the study-hours requirement', unit: 'ratio', sourceType: 'person' }),
  def({ key: 'talks.coverage', zh: '谈心谈话覆盖率', en: 'Heart-to-heart talk coverage', unit: 'ratio', sourceType: 'talk' }),
  def({ key: 'appraisal.done', zh: '完成年度民主评议党员', en: 'Yearly democratic appraisal completed', unit: 'bool', sourceType: 'appraisal' }),
  def({ key: 'appraisal.within_cap', zh: '“优秀”不超过党员人数三分之一', en: '“Excellent” within a third of members', unit: 'bool', sourceType: 'appraisal' }),
];

const KNOWN = new Set(MEETING_METRICS.map((m) => m.key));

function meetingType(i: MetricInstance): MeetingType {
  const t = String(i.params.type ?? '');
  if (!MEETING_TYPES.includes(t as MeetingType)) throw new Error(`metric ${i.key}: unknown meeting type "${t}"`);
  return t as MeetingType;
}

function period(i: MetricInstance): Period {
  const p = String(i.params.period ?? '');
  if (!PERIODS.includes(p as Period)) throw new Error(`metric ${i.key}: unknown period "${p}"`);
  return p as Period;
}

async function compute(read: Reader, q: MetricQuery, instances: readonly MetricInstance[]): Promise<FamilyResult> {
  const out: FamilyResult = new Map();
  const wanted = new Map<string, MetricInstance[]>();
  for (const i of instances) {
    if (!KNOWN.has(i.key)) throw new Error(`metric ${i.key} is not in family ${MEETINGS_FAMILY}`);
    wanted.set(i.key, [...(wanted.get(i.key) ?? []), i]);
  }
  const has = (...keys: string[]) => keys.some((k) => wanted.has(k));
  // Metrics without parameters answer every instance that names them, whatever params it carries.
  const put = (key: string, values: Map<string, MetricValue>) => {
    for (const i of wanted.get(key) ?? []) out.set(metricInstanceKey(i.key, i.params), values);
  };
  // Every query is started before any is awaited, so that a parallel reader can overlap them; the
  // functions below hand only their query to `read`, and work out the values once a connection has
  // given back the rows.
  const parts: Promise<void>[] = [];
  const run = <T>(computing: Promise<T>, use: (value: T) => void) => parts.push(computing.then(use));

  // One statement over the roster for the metrics judged member by member. It is the longest query, so
  // it is handed out first: a parallel reader runs the others beside it.
  const roster = { classHours: has('class_hours.share_met'), absent: has('members.absent_3_months'), talks: has('talks.coverage') };
  if (roster.classHours || roster.absent || roster.talks) {
    const judged = rosterMetrics(read, q, roster);
    // Orgs with talks in the range are worked out from them; the roster answers the others.
    const talked = roster.talks ? talksCoverage(read, q) : Promise.resolve(new Map<string, MetricValue>());
    parts.push(
      Promise.all([judged, talked]).then(([r, t]) => {
        put('class_hours.share_met', r.classHours);
        put('members.absent_3_months', r.absent);
        if (roster.talks) {
          for (const [orgId, v] of t) r.talks.set(orgId, v);
          put('talks.coverage', r.talks);
        }
      }),
    );
  }

  const held: HeldRequest[] = [
    ...(wanted.get('meetings.periods') ?? []).map((i) => ({ instanceKey: metricInstanceKey(i.key, i.params), type: meetingType(i), period: period(i) })),
    ...(wanted.get('meetings.count') ?? []).map((i) => ({ instanceKey: metricInstanceKey(i.key, i.params), type: meetingType(i) })),
  ];
  if (held.length > 0) run(heldByPeriod(read, q, held), (r) => r.forEach((v, k) => out.set(k, v)));
  if (has('meetings.group_coverage')) run(groupCoverage(read, q), (r) => put('meetings.group_coverage', r));
  // The scan of the sittings also gives the rate: its terms and its sources.
  const rateWanted = has('attendance.rate');
  if (rateWanted || has('meetings.first_topic_share', 'meetings.reviewed_share', 'meetings.invalid_decisions', 'life_meeting.rectified')) {
    const sittings = sittingMetrics(read, q, rateWanted);
    parts.push(
      sittings.then((s) => {
        put('meetings.first_topic_share', s.firstTopic);
        put('meetings.reviewed_share', s.reviewed);
        put('meetings.invalid_decisions', s.invalid);
        put('life_meeting.rectified', s.rectified);
      }),
    );
    if (rateWanted) parts.push(sittings.then((s) => put('attendance.rate', attendanceRates(s.attendance, q.sources === false ? null : s.held))));
  }
  if (has('lessons.by_secretary')) run(read((ex) => lessonsBySecretary(ex, q.orgWhere, q)), (r) => put('lessons.by_secretary', r));
  if (has('members.absent_6_months_org')) run(orgLapses(read, q), (r) => put('members.absent_6_months_org', r));
  if (has('appraisal.done', 'appraisal.within_cap')) {
    run(
      appraisals(read, q),
      (a) => {
        put('appraisal.done', a.done);
        put('appraisal.within_cap', a.withinCap);
      },
    );
  }
  await Promise.all(parts);
  return out;
}

export const meetingsFamily: MetricFamily = { key: MEETINGS_FAMILY, compute };
