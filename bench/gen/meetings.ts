import { sql } from 'drizzle-orm';
import { deriveFactsWhere } from '../../apps/server/src/modules/orglife/index';
import { rows, type Db } from '../../apps/server/src/platform/db';

// A year of organisational life for the synthetic enterprise, set-based: for each branch a 主题党日 most
// months (often hosting the 支委会), a 党员大会 and a 党课 in the middle month of each quarter, the 组织生活会
// and 民主评议 in December; monthly 党小组会 for each group; attendance of the members of the day with
// about 85% present; then the meeting facts through the orglife module's own derivation. Each sitting
// records its actual times, starting at 14:00 local time and lasting one to three hours, so that study
// hours (党课, 专题学习, 主题党日) have something to count. Deterministic: every "random" choice is a hash
// of the ids, the month and the seed.

const BATCH = 500;

export async function generateMeetings(
  db: Db,
  opts: { year: number; today: string; seed: number; timeZone?: string; log?: (msg: string) => void },
): Promise<{ meetings: number; attendance: number; facts: number }> {
  const orgs = await rows<{ id: string }>(
    db,
    sql`SELECT id FROM org_node WHERE type IN ('branch', 'group') AND dissolved_at IS NULL ORDER BY path`,
  );
  const timeZone = opts.timeZone ?? 'Asia/Shanghai';
  const lastMonth = opts.year < Number(opts.today.slice(0, 4)) ? 12 : Number(opts.today.slice(5, 7));
  let meetings = 0;
  let attendance = 0;
  for (let i = 0; i < orgs.length; i += BATCH) {
    const ids = JSON.stringify(orgs.slice(i, i + BATCH).map((o) => o.id));
    await db.transaction(async (tx) => {
      const inBatch = sql`(SELECT (jsonb_array_elements_text(${ids}::jsonb))::uuid)`;
      const created = await rows<{ n: number }>(
        tx,
        sql`WITH o AS (
              SELECT n.id, n.type,
                     EXISTS (SELECT 1 FROM committee_post cp WHERE cp.org_node_id = n.id AND cp.to_on IS NULL AND cp.post <> 'group_leader'
                             GROUP BY cp.org_node_id HAVING count(*) >= 3) AS committee
              FROM org_node n WHERE n.id IN ${inBatch}
            ), slot AS (
              SELECT o.*, m.month, abs(hashtext(o.id::text || ':' || m.month || ':' || ${opts.seed})) % 100 AS h,
                     -- the sitting's length: 60 to 180 minutes in steps of 30
                     60 + 30 * (abs(hashtext(o.id::text || ':' || m.month || ':length:' || ${opts.seed})) % 5) AS length_min
              FROM o CROSS JOIN generate_series(1, ${lastMonth}) AS m(month)
            ), timed AS (
              SELECT s.*, (make_date(${opts.year}, s.month, 1 + s.h % 20) + time '14:00') AT TIME ZONE ${timeZone} AS starts
              FROM slot s
            ), ins AS (
              INSERT INTO meeting (id, org_node_id, types, title, status, held_on, actual_start, actual_end, place, minutes, created_at, updated_at)
              SELECT gen_random_uuid(), s.id,
                     CASE WHEN s.type = 'group' THEN ARRAY['group_meeting']
                          ELSE ARRAY['theme_day']
                               || CASE WHEN s.committee AND s.h % 10 <> 0 THEN ARRAY['committee_meeting'] ELSE '{}'::text[] END
                               || CASE WHEN s.month IN (2, 5, 8, 11) AND s.h % 13 <> 0 THEN ARRAY['general_meeting', 'party_lesson'] ELSE '{}'::text[] END
                               || CASE WHEN s.month = 12 THEN ARRAY['life_meeting', 'appraisal_meeting'] ELSE '{}'::text[] END END,
                     s.month || CASE WHEN s.type = 'group' THEN '月党小组会' ELSE '月主题党日' END,
                     'recorded',
                     make_date(${opts.year}, s.month, 1 + s.h % 20),
                     s.starts, s.starts + make_interval(mins => s.length_min),
                     '党员活动室', '会议记录（规模测试数据）', now(), now()
              FROM timed s
              WHERE s.h < 92 AND make_date(${opts.year}, s.month, 1 + s.h % 20) <= ${opts.today}::date
              RETURNING id
            )
            SELECT count(*)::int AS n FROM ins`,
      );
      meetings += created[0]?.n ?? 0;
      // Branch sittings take the branch's members, group sittings the group's: two index-friendly joins.
      const att = await rows<{ n: number }>(
        tx,
        sql`WITH ins AS (
              INSERT INTO meeting_attendance (meeting_id, person_id, expected, voting, status, absence_reason)
              SELECT m.id, p.id, true, p.party_status = 'full' AND NOT p.excluded_from_quorum,
                     CASE WHEN abs(hashtext(m.id::text || p.id::text)) % 100 < 85 THEN 'present' ELSE 'absent' END,
                     CASE WHEN abs(hashtext(m.id::text || p.id::text)) % 100 < 85 THEN NULL
                          ELSE (ARRAY['public', 'sick', 'personal'])[1 + abs(hashtext(p.id::text)) % 3] END
              FROM meeting m
              JOIN person p ON p.party_status IN ('full', 'probationary')
                AND (p.org_node_id = m.org_node_id OR p.party_group_id = m.org_node_id)
              WHERE m.org_node_id IN ${inBatch}
              RETURNING 1
            )
            SELECT count(*)::int AS n FROM ins`,
      );
      attendance += att[0]?.n ?? 0;
      // Fresh statistics, or the planner treats the tables just filled as empty and loops over them.
      await tx.execute(sql`ANALYZE meeting, meeting_attendance`);
      await deriveFactsWhere(tx, sql`m.org_node_id IN ${inBatch}`, false);
    });
    opts.log?.(`meetings: ${Math.min(i + BATCH, orgs.length)}/${orgs.length} orgs, ${meetings} meetings, ${attendance} attendances`);
  }
  const facts = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM fact WHERE source_type = 'meeting'`);
  return { meetings, attendance, facts: facts[0]?.n ?? 0 };
}
