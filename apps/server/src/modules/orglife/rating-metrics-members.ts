import { sql } from 'drizzle-orm';
import { readRows, type Reader } from '../../platform/db';
import type { MetricQuery, MetricValue } from '../../platform/metrics';
import { excellentCap } from './rules/appraisal';
import { talkCoverage } from './rules/talk-coverage';
import { lastDay } from './rating-metrics-periods';
import { committeeOnSql, listAgg, membersOnSql, MISSING_LIST, splitList } from './rating-metrics-sql';

// Rating metrics about the members of each org: whether the required talks took place (where there were
// talks; see `rosterMetrics` for the rest and for the other roster metrics), and the yearly appraisal.
// People missing a talk are kept by id (`missingPeople`) and named when the result is shown.
// Each function is one set-based query for every org matched by `orgWhere`; the roster and the
// committee are read as of the range's last day.

type ByOrg = Map<string, MetricValue>;

/**
 * `talks.coverage` of the orgs that had talks in the range: the share of required talk pairs covered,
 * by the pure `talkCoverage` rule per org, over the committee and members of the range's last day and
 * the org's talks in the range — all fetched in one query as lists per org. (Orgs without any talk are
 * answered from the roster by `rosterMetrics`.)
 */
export async function talksCoverage(read: Reader, q: MetricQuery): Promise<ByOrg> {
  const end = lastDay(q.to);
  const scope = sql`(${q.orgWhere} AND EXISTS (SELECT 1 FROM talk t WHERE t.org_node_id = o.id AND t.talked_on >= ${q.from} AND t.talked_on < ${q.to}))`;
  const list = await readRows<{
    orgId: string;
    committee: string | null;
    members: string | null;
    talkIds: string | null;
    talkA: string | null;
    talkB: string | null;
  }>(
    read,
    sql`WITH com AS (
          SELECT c.org, ${listAgg(sql`c.person_id::text`)} AS ids FROM (${committeeOnSql(scope, end)}) c GROUP BY c.org
        ),
        mem AS (
          SELECT mm.org, ${listAgg(sql`mm.person_id::text`)} AS ids FROM (${membersOnSql(scope, end)}) mm GROUP BY mm.org
        ),
        tk AS (
          SELECT t.org_node_id AS org, ${listAgg(sql`t.id::text`)} AS ids,
                 ${listAgg(sql`t.initiator_person_id::text`)} AS a, ${listAgg(sql`t.partner_person_id::text`)} AS b
          FROM talk t JOIN org_node o ON o.id = t.org_node_id
          WHERE ${scope} AND t.talked_on >= ${q.from} AND t.talked_on < ${q.to}
          GROUP BY t.org_node_id
        )
        SELECT o.id AS "orgId", com.ids AS committee, mem.ids AS members,
               tk.ids AS "talkIds", tk.a AS "talkA", tk.b AS "talkB"
        FROM org_node o LEFT JOIN com ON com.org = o.id LEFT JOIN mem ON mem.org = o.id LEFT JOIN tk ON tk.org = o.id
        WHERE ${scope} AND o.type <> 'group' AND (com.org IS NOT NULL OR mem.org IS NOT NULL)`,
  );
  const out: ByOrg = new Map();
  for (const r of list) {
    const committee = splitList(r.committee).sort();
    const members = splitList(r.members).sort();
    const [a, b] = [splitList(r.talkA), splitList(r.talkB)];
    const talks = splitList(r.talkIds).map((id, i) => ({ id, a: a[i]!, b: b[i]! }));
    const c = talkCoverage(committee, members, talks);
    // The talks that count: between two committee members, or between a committee member and a member.
    const inCommittee = new Set(committee);
    const isMember = new Set(members);
    const counted = talks.filter(
      (t) => (inCommittee.has(t.a) && (inCommittee.has(t.b) || isMember.has(t.b))) || (inCommittee.has(t.b) && isMember.has(t.a)),
    );
    const missing = [...c.missingCommitteePairs.map((p) => [p.a, p.b]), ...c.missingMembers.map((id) => [id])];
    out.set(r.orgId, {
      value: c.required === 0 ? 0 : c.covered / c.required,
      sourceIds: counted.map((t) => t.id).sort(),
      detail: { total: c.required, missingPeople: missing.slice(0, MISSING_LIST), ...(c.required === 0 ? { note: '无应谈话对象' } : {}) },
    });
  }
  return out;
}

/**
 * `appraisal.done` and `appraisal.within_cap`, for the round of the year the range ends in: done when
 * that round is closed; within the cap when, in the closed round, the final grades (a veto makes 不合格)
 * give no more 优秀 than `excellentCap` of the round's members — the rule the grading itself enforces.
 */
export async function appraisals(read: Reader, q: MetricQuery): Promise<{ done: ByOrg; withinCap: ByOrg }> {
  const year = Number(lastDay(q.to).slice(0, 4));
  const list = await readRows<{ orgId: string; id: string; entries: number; excellent: number }>(
    read,
    sql`SELECT r.org_node_id AS "orgId", r.id, count(e.person_id)::int AS entries,
               count(*) FILTER (WHERE e.org_grade = 'excellent' AND e.veto_source IS NULL)::int AS excellent
        FROM appraisal_round r JOIN org_node o ON o.id = r.org_node_id
        LEFT JOIN appraisal_entry e ON e.round_id = r.id
        WHERE ${q.orgWhere} AND r.year = ${year} AND r.status = 'closed'
        GROUP BY r.org_node_id, r.id`,
  );
  const done: ByOrg = new Map();
  const withinCap: ByOrg = new Map();
  for (const r of list) {
    done.set(r.orgId, { value: 1, sourceIds: [r.id] });
    const cap = excellentCap(r.entries);
    withinCap.set(r.orgId, {
      value: r.excellent <= cap ? 1 : 0,
      sourceIds: [r.id],
      detail: { total: cap, note: `${year}年度评议${r.entries}人，优秀${r.excellent}人，上限${cap}人` },
    });
  }
  return { done, withinCap };
}

