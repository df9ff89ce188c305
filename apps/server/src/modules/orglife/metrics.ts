import { sql, type SQL } from 'drizzle-orm';
import { rows, type Executor } from '../../platform/db';
import type { MeetingType } from './rules/frequency-rules';

// The query interface organisational life offers to later modules (ratings registers these as
// metrics). Each function answers for every org matched by `orgWhere` (a condition on org_node o) over
// a date range [from, to), with one set-based query, and keeps the ids of the records that counted.

export type Range = { from: string; to: string };
export type MetricValue = { value: number; sourceIds: string[] };
export type MetricResult = Map<string, MetricValue>;

function toMap(list: { orgId: string; value: number; sourceIds: string[] | null }[]): MetricResult {
  return new Map(list.map((r) => [r.orgId, { value: Number(r.value), sourceIds: r.sourceIds ?? [] }]));
}

/** Sittings of a type held (held, recorded or reviewed). */
export async function meetingsHeld(ex: Executor, orgWhere: SQL, range: Range, type: MeetingType): Promise<MetricResult> {
  return toMap(
    await rows(
      ex,
      sql`SELECT f.org_node_id AS "orgId", count(*)::int AS value, array_agg(f.source_id::text ORDER BY f.on_date) AS "sourceIds"
          FROM fact f JOIN org_node o ON o.id = f.org_node_id
          WHERE f.kind = ${`meeting_held.${type}`} AND f.on_date >= ${range.from} AND f.on_date < ${range.to} AND ${orgWhere}
          GROUP BY f.org_node_id`,
    ),
  );
}

/** Share (0–1) of expected attendances that were present, over the org's sittings in the range. */
export async function attendanceRate(ex: Executor, orgWhere: SQL, range: Range): Promise<MetricResult> {
  return toMap(
    await rows(
      ex,
      sql`SELECT m.org_node_id AS "orgId",
                 round(count(*) FILTER (WHERE a.status = 'present')::numeric / nullif(count(*), 0), 4)::float8 AS value,
                 array_agg(DISTINCT m.id::text) AS "sourceIds"
          FROM meeting m JOIN org_node o ON o.id = m.org_node_id
          JOIN meeting_attendance a ON a.meeting_id = m.id AND a.expected
          WHERE m.status IN ('held', 'recorded', 'reviewed') AND m.held_on >= ${range.from} AND m.held_on < ${range.to} AND ${orgWhere}
          GROUP BY m.org_node_id`,
    ),
  );
}

/** Party lessons given by the org's own secretary (书记讲党课), judged by the posts held on the lesson date. */
export async function lessonsBySecretary(ex: Executor, orgWhere: SQL, range: Range): Promise<MetricResult> {
  return toMap(
    await rows(
      ex,
      sql`SELECT f.org_node_id AS "orgId", count(*)::int AS value, array_agg(f.source_id::text) AS "sourceIds"
          FROM fact f JOIN org_node o ON o.id = f.org_node_id
          WHERE f.kind = 'lesson_given' AND f.on_date >= ${range.from} AND f.on_date < ${range.to} AND ${orgWhere}
            AND EXISTS (SELECT 1 FROM committee_post cp WHERE cp.org_node_id = f.org_node_id AND cp.person_id = f.person_id
                          AND cp.post = 'secretary' AND cp.from_on <= f.on_date AND (cp.to_on IS NULL OR cp.to_on > f.on_date))
          GROUP BY f.org_node_id`,
    ),
  );
}

/** 组织生活会 held in the range whose rectification list exists and is entirely closed. */
export async function lifeMeetingsRectified(ex: Executor, orgWhere: SQL, range: Range): Promise<MetricResult> {
  return toMap(
    await rows(
      ex,
      sql`SELECT m.org_node_id AS "orgId", count(*)::int AS value, array_agg(m.id::text) AS "sourceIds"
          FROM meeting m JOIN org_node o ON o.id = m.org_node_id
          WHERE 'life_meeting' = ANY(m.types) AND m.status IN ('held', 'recorded', 'reviewed')
            AND m.held_on >= ${range.from} AND m.held_on < ${range.to} AND ${orgWhere}
            AND EXISTS (SELECT 1 FROM rectification_item r WHERE r.meeting_id = m.id)
            AND NOT EXISTS (SELECT 1 FROM rectification_item r WHERE r.meeting_id = m.id AND r.closed_on IS NULL)
          GROUP BY m.org_node_id`,
    ),
  );
}

/** Decision meetings whose record fails a quorum or vote rule (for a "quorum met on every decision meeting" criterion). */
export async function invalidDecisionMeetings(ex: Executor, orgWhere: SQL, range: Range): Promise<MetricResult> {
  return toMap(
    await rows(
      ex,
      sql`SELECT m.org_node_id AS "orgId", count(*)::int AS value, array_agg(m.id::text) AS "sourceIds"
          FROM meeting m JOIN org_node o ON o.id = m.org_node_id
          WHERE (m.validity->>'valid')::boolean = false AND m.status IN ('held', 'recorded', 'reviewed')
            AND m.held_on >= ${range.from} AND m.held_on < ${range.to} AND ${orgWhere}
          GROUP BY m.org_node_id`,
    ),
  );
}
