import { sql } from 'drizzle-orm';
import type { OrgType } from '@zhibu/shared';
import { rows, type Executor, type Reader } from '../../platform/db';
import {
  metricInstanceKey,
  type FamilyResult,
  type MetricDef,
  type MetricFamily,
  type MetricInstance,
  type MetricQuery,
  type MetricValue,
} from '../../platform/metrics';
import { orgWarnings, THRESHOLDS, type OrgWarningCode } from './rules/org-warnings';

// The numbers the organisation module offers to ratings (the `orgs.structure` family): size, committee,
// secretary and term of every org matched by the query, judged on the range's last day. At most three
// queries whatever the number of orgs: one for the roster counts, committee and groups on that day, one
// for the head posts over the range (vacancy), one for the terms (overdue days).

export const STRUCTURE_FAMILY = 'orgs.structure';

/** From this many members (正式 + 预备) a branch is expected to have set up Party groups. */
export const GROUPS_FROM_MEMBERS = 20;

const def = (d: Omit<MetricDef, 'family'>): MetricDef => ({ ...d, family: STRUCTURE_FAMILY });

export const STRUCTURE_METRICS: readonly MetricDef[] = [
  def({ key: 'members.count', zh: '党员人数', en: 'Members', unit: 'count' }),
  def({ key: 'branch.size_valid', zh: '支部规模符合规定', en: 'Branch size within the rules', unit: 'bool' }),
  def({ key: 'committee.complete', zh: '支部委员会配备齐全', en: 'Committee complete', unit: 'bool' }),
  def({ key: 'secretary.vacancy_days', zh: '书记空缺天数', en: 'Days without a secretary', unit: 'days' }),
  def({ key: 'term.overdue_days', zh: '超期未换届天数', en: 'Days past the end of the term', unit: 'days', sourceType: 'term' }),
  def({ key: 'groups.set_up', zh: '按规定设立党小组', en: 'Party groups set up', unit: 'bool' }),
];

const KNOWN = new Set(STRUCTURE_METRICS.map((m) => m.key));
const SIZE_CODES: readonly OrgWarningCode[] = ['BRANCH_TOO_FEW_FULL_MEMBERS', 'BRANCH_TOO_LARGE', 'BRANCH_NEEDS_COMMITTEE'];
const SIZE_NOTES: Partial<Record<OrgWarningCode, string>> = {
  BRANCH_TOO_FEW_FULL_MEMBERS: `正式党员不足${THRESHOLDS.minFullMembers}人`,
  BRANCH_TOO_LARGE: `党员超过${THRESHOLDS.maxBranchMembers}人`,
  BRANCH_NEEDS_COMMITTEE: `正式党员${THRESHOLDS.committeeFromFullMembers}人以上应设支部委员会（至少${THRESHOLDS.minCommitteeSize}人）`,
};

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

type OrgState = {
  orgId: string;
  type: OrgType;
  fullMembers: number;
  probationary: number;
  committeeSize: number;
  hasHead: boolean;
  groups: number;
};

/**
 * Each org on `day`: its members (the same rule as the people module's `membersOn`: 正式 and 预备 members
 * placed in the org by their membership periods — read here as a subquery, set-based for all orgs),
 * committee posts held that day (as `committeeOn`), whether its head post (书记, or 党小组长 for a group)
 * is filled, and how many of its Party groups exist at the range end.
 */
async function orgStates(ex: Executor, q: MetricQuery, day: string): Promise<OrgState[]> {
  return rows<OrgState>(
    ex,
    sql`WITH scope AS (SELECT o.id, o.type FROM org_node o WHERE ${q.orgWhere}),
        mem AS (
          SELECT m.org_node_id AS org, count(*) FILTER (WHERE m.party_status = 'full')::int AS full,
                 count(*) FILTER (WHERE m.party_status = 'probationary')::int AS probationary
          FROM membership_period m JOIN org_node o ON o.id = m.org_node_id
          WHERE ${q.orgWhere} AND m.valid_from <= ${day} AND (m.valid_to IS NULL OR m.valid_to > ${day}) AND m.party_status IN ('full', 'probationary')
          GROUP BY m.org_node_id
        ),
        com AS (
          SELECT cp.org_node_id AS org, count(DISTINCT cp.person_id) FILTER (WHERE cp.post <> 'group_leader')::int AS size,
                 bool_or(cp.post = CASE WHEN o.type = 'group' THEN 'group_leader' ELSE 'secretary' END) AS head
          FROM committee_post cp JOIN org_node o ON o.id = cp.org_node_id
          WHERE ${q.orgWhere} AND cp.from_on <= ${day} AND (cp.to_on IS NULL OR cp.to_on > ${day})
          GROUP BY cp.org_node_id
        ),
        grp AS (
          SELECT g.parent_id AS org, count(*)::int AS n FROM org_node g JOIN scope s ON s.id = g.parent_id
          WHERE g.type = 'group' AND (g.dissolved_at IS NULL OR g.dissolved_at >= ${q.to})
          GROUP BY g.parent_id
        )
        SELECT s.id AS "orgId", s.type, coalesce(mem.full, 0) AS "fullMembers", coalesce(mem.probationary, 0) AS probationary,
               coalesce(com.size, 0) AS "committeeSize", coalesce(com.head, false) AS "hasHead", coalesce(grp.n, 0) AS groups
        FROM scope s LEFT JOIN mem ON mem.org = s.id LEFT JOIN com ON com.org = s.id LEFT JOIN grp ON grp.org = s.id`,
  );
}

/** Longest run of days in [from, to) covered by none of the intervals [a, b) (day numbers). */
function longestGap(from: number, to: number, intervals: [number, number][]): number {
  let cursor = from;
  let longest = 0;
  for (const [a, b] of [...intervals].sort((x, y) => x[0] - y[0])) {
    if (a > cursor) longest = Math.max(longest, Math.min(a, to) - cursor);
    cursor = Math.max(cursor, b);
    if (cursor >= to) break;
  }
  return Math.max(longest, to - cursor);
}

/** Longest stretch in the range without the head post filled (书记, or 党小组长 for a group). */
async function vacancies(ex: Executor, q: MetricQuery): Promise<Map<string, MetricValue>> {
  const list = await rows<{ orgId: string; spans: string[] | null }>(
    ex,
    sql`SELECT o.id AS "orgId",
               array_agg(cp.from_on::text || '/' || coalesce(cp.to_on::text, '')) FILTER (WHERE cp.id IS NOT NULL) AS spans
        FROM org_node o
        LEFT JOIN committee_post cp ON cp.org_node_id = o.id AND cp.post = CASE WHEN o.type = 'group' THEN 'group_leader' ELSE 'secretary' END
                                   AND cp.from_on < ${q.to} AND (cp.to_on IS NULL OR cp.to_on > ${q.from})
        WHERE ${q.orgWhere}
        GROUP BY o.id`,
  );
  const from = dayNumber(q.from);
  const to = dayNumber(q.to);
  return new Map(
    list.map((r) => {
      const spans = (r.spans ?? []).map((s): [number, number] => {
        const [a, b] = s.split('/');
        return [dayNumber(a!), b ? dayNumber(b) : Infinity];
      });
      const days = Math.max(0, longestGap(from, to, spans));
      return [r.orgId, { value: days, detail: { total: to - from } }];
    }),
  );
}

/**
 * Days in the range on which the latest term started so far had already ended (a term's last day is
 * its ends_on) and no newer term had started: 超期未换届. Party groups have no elected terms.
 */
async function overdue(ex: Executor, q: MetricQuery): Promise<Map<string, MetricValue>> {
  const list = await rows<{ orgId: string; type: OrgType; ids: string[] | null; starts: string[] | null; ends: string[] | null }>(
    ex,
    sql`SELECT o.id AS "orgId", o.type,
               array_agg(t.id::text ORDER BY t.starts_on, t.id) FILTER (WHERE t.id IS NOT NULL) AS ids,
               array_agg(t.starts_on::text ORDER BY t.starts_on, t.id) FILTER (WHERE t.id IS NOT NULL) AS starts,
               array_agg(t.ends_on::text ORDER BY t.starts_on, t.id) FILTER (WHERE t.id IS NOT NULL) AS ends
        FROM org_node o LEFT JOIN committee_term t ON t.org_node_id = o.id AND t.starts_on < ${q.to}
        WHERE ${q.orgWhere}
        GROUP BY o.id, o.type`,
  );
  const from = dayNumber(q.from);
  const to = dayNumber(q.to);
  const out = new Map<string, MetricValue>();
  for (const r of list) {
    if (r.type === 'group' || !r.ids) {
      out.set(r.orgId, { value: 0, ...(r.type !== 'group' ? { detail: { note: '无届期记录' } } : {}) });
      continue;
    }
    let days = 0;
    const late: string[] = [];
    r.ids.forEach((id, i) => {
      // This term is the latest started from its start until the next one starts.
      const next = i + 1 < r.ids!.length ? dayNumber(r.starts![i + 1]!) : Infinity;
      const a = Math.max(from, dayNumber(r.ends![i]!) + 1);
      const b = Math.min(to, next);
      if (b > a) {
        days += b - a;
        late.push(id);
      }
    });
    const last = r.ids.length - 1;
    out.set(r.orgId, {
      value: days,
      sourceIds: late,
      detail: { total: to - from, ...(days > 0 ? { note: `届期于${r.ends![last]}届满` } : {}) },
    });
  }
  return out;
}

async function compute(read: Reader, q: MetricQuery, instances: readonly MetricInstance[]): Promise<FamilyResult> {
  const wanted = new Map<string, MetricInstance[]>();
  for (const i of instances) {
    if (!KNOWN.has(i.key)) throw new Error(`metric ${i.key} is not in family ${STRUCTURE_FAMILY}`);
    wanted.set(i.key, [...(wanted.get(i.key) ?? []), i]);
  }
  const out: FamilyResult = new Map();
  const put = (key: string, values: Map<string, MetricValue>) => {
    for (const i of wanted.get(key) ?? []) out.set(metricInstanceKey(i.key, i.params), values);
  };
  const day = isoOf(dayNumber(q.to) - 1);

  // The queries are all started before any is awaited, so that a parallel reader can overlap them.
  const none = Promise.resolve(null);
  const [states, vacancy, late] = await Promise.all([
    ['members.count', 'branch.size_valid', 'committee.complete', 'groups.set_up'].some((k) => wanted.has(k)) ? read((ex) => orgStates(ex, q, day)) : none,
    wanted.has('secretary.vacancy_days') ? read((ex) => vacancies(ex, q)) : none,
    wanted.has('term.overdue_days') ? read((ex) => overdue(ex, q)) : none,
  ]);
  if (states) {
    const count = new Map<string, MetricValue>();
    const size = new Map<string, MetricValue>();
    const complete = new Map<string, MetricValue>();
    const groups = new Map<string, MetricValue>();
    for (const s of states) {
      const members = s.fullMembers + s.probationary;
      count.set(s.orgId, { value: members, detail: { note: `正式党员${s.fullMembers}人，预备党员${s.probationary}人` } });
      const problems = orgWarnings(
        { type: s.type, fullMembers: s.fullMembers, members, committeeSize: s.committeeSize, hasSecretary: s.hasHead, termEndsOn: null },
        day,
      ).filter((w) => SIZE_CODES.includes(w.code));
      size.set(s.orgId, { value: problems.length === 0 ? 1 : 0, detail: { missing: problems.map((w) => SIZE_NOTES[w.code]!) } });
      const needsCommittee = s.type !== 'group' && s.fullMembers >= THRESHOLDS.committeeFromFullMembers;
      const missing = [
        ...(s.hasHead ? [] : [s.type === 'group' ? '未配备党小组长' : '书记空缺']),
        ...(needsCommittee && s.committeeSize < THRESHOLDS.minCommitteeSize ? [`委员不足${THRESHOLDS.minCommitteeSize}人`] : []),
      ];
      complete.set(s.orgId, { value: missing.length === 0 ? 1 : 0, detail: { total: s.committeeSize, missing } });
      const needsGroups = s.type === 'branch' && members >= GROUPS_FROM_MEMBERS;
      groups.set(s.orgId, {
        value: !needsGroups || s.groups > 0 ? 1 : 0,
        detail: { total: s.groups, ...(needsGroups && s.groups === 0 ? { note: `党员${members}人，未设党小组` } : {}) },
      });
    }
    put('members.count', count);
    put('branch.size_valid', size);
    put('committee.complete', complete);
    put('groups.set_up', groups);
  }
  if (vacancy) put('secretary.vacancy_days', vacancy);
  if (late) put('term.overdue_days', late);
  return out;
}

export const structureFamily: MetricFamily = { key: STRUCTURE_FAMILY, compute };
