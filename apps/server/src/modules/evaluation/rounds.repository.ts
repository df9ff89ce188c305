import { zIndicatorTemplate, type IndicatorTemplate, type RaterGroup } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { one, rows, type Executor } from '../../platform/db';

// This module's SQL: rounds and everything a round holds. Names and org rows come from the people and
// organisation modules' public functions.

export type RoundStatus = 'draft' | 'open' | 'closed' | 'published';

export type RoundRow = {
  id: string;
  orgNodeId: string;
  templateKey: string;
  template: IndicatorTemplate;
  year: number;
  quarter: number | null;
  title: string;
  peerSample: number | null;
  seed: string;
  status: RoundStatus;
  rosterOn: string | null;
  createdAt: string;
  openedAt: string | null;
  closedAt: string | null;
  publishedAt: string | null;
};

const COLUMNS = sql`r.id, r.org_node_id AS "orgNodeId", r.template_key AS "templateKey", r.template, r.year, r.quarter, r.title,
  r.peer_sample AS "peerSample", r.seed, r.status, r.roster_on AS "rosterOn", r.created_at AS "createdAt", r.opened_at AS "openedAt",
  r.closed_at AS "closedAt", r.published_at AS "publishedAt"`;

// The stored template was validated when the round was created; parsing again fills defaults of later fields.
const parsed = (r: RoundRow | undefined): RoundRow | undefined =>
  r && { ...r, template: zIndicatorTemplate.parse(r.template) };

/** `lock`: 'update' for a change of the round itself, 'share' for work that needs it to stay as it is. */
export async function getRoundRow(
  ex: Executor,
  id: string,
  lock: 'update' | 'share' | null = null,
): Promise<RoundRow | undefined> {
  const suffix = lock === 'update' ? sql`FOR UPDATE` : lock === 'share' ? sql`FOR SHARE` : sql``;
  return parsed(
    await one<RoundRow>(ex, sql`SELECT ${COLUMNS} FROM evaluation_round r WHERE r.id = ${id} ${suffix}`),
  );
}

export async function roundForPeriod(
  ex: Executor,
  orgNodeId: string,
  year: number,
  quarter: number | null,
): Promise<{ id: string } | undefined> {
  return one<{ id: string }>(
    ex,
    sql`SELECT id FROM evaluation_round WHERE org_node_id = ${orgNodeId} AND year = ${year} AND coalesce(quarter, 0) = ${quarter ?? 0}`,
  );
}

export type RoundListRow = Omit<RoundRow, 'template' | 'seed'> & { templateName: string; ratees: number };

export async function listRounds(ex: Executor, where: ReturnType<typeof sql>): Promise<RoundListRow[]> {
  return rows<RoundListRow>(
    ex,
    sql`SELECT r.id, r.org_node_id AS "orgNodeId", r.template_key AS "templateKey", r.template->>'name' AS "templateName", r.year, r.quarter,
               r.title, r.peer_sample AS "peerSample", r.status, r.roster_on AS "rosterOn", r.created_at AS "createdAt",
               r.opened_at AS "openedAt", r.closed_at AS "closedAt", r.published_at AS "publishedAt",
               (SELECT count(*)::int FROM evaluation_ratee x WHERE x.round_id = r.id) AS ratees
        FROM evaluation_round r
        WHERE ${where}
        ORDER BY r.year DESC, r.quarter DESC NULLS FIRST, r.created_at DESC`,
  );
}

export type RateeRow = { personId: string; partyStatus: 'full' | 'probationary' };

export async function rateesOf(ex: Executor, roundId: string): Promise<RateeRow[]> {
  return rows<RateeRow>(
    ex,
    sql`SELECT person_id AS "personId", party_status AS "partyStatus" FROM evaluation_ratee WHERE round_id = ${roundId}`,
  );
}

export async function isRatee(ex: Executor, roundId: string, personId: string): Promise<boolean> {
  return !!(await one(
    ex,
    sql`SELECT 1 AS x FROM evaluation_ratee WHERE round_id = ${roundId} AND person_id = ${personId}`,
  ));
}

export type SheetRow = {
  id: string;
  rateeId: string;
  group: Exclude<RaterGroup, 'staff'>;
  raterId: string;
  scores: Record<string, number> | null;
  submittedAt: string | null;
  updatedAt: string | null;
};

const SHEET = sql`s.id, s.ratee_id AS "rateeId", s.rater_group AS "group", s.rater_id AS "raterId", s.scores,
  s.submitted_at AS "submittedAt", s.updated_at AS "updatedAt"`;

export async function sheetsOfRound(ex: Executor, roundId: string): Promise<SheetRow[]> {
  return rows<SheetRow>(ex, sql`SELECT ${SHEET} FROM evaluation_sheet s WHERE s.round_id = ${roundId}`);
}

export async function sheetsOfRater(
  ex: Executor,
  roundId: string,
  raterId: string,
  lock = false,
): Promise<SheetRow[]> {
  return rows<SheetRow>(
    ex,
    sql`SELECT ${SHEET} FROM evaluation_sheet s WHERE s.round_id = ${roundId} AND s.rater_id = ${raterId} ${lock ? sql`FOR UPDATE` : sql``}`,
  );
}

export async function staffSheetsOfRound(
  ex: Executor,
  roundId: string,
): Promise<{ rateeId: string; scores: Record<string, number> }[]> {
  return rows(
    ex,
    sql`SELECT ratee_id AS "rateeId", scores FROM evaluation_staff_sheet WHERE round_id = ${roundId}`,
  );
}

export type StaffLinkCounts = { issued: number; used: number; revoked: number };

export async function staffLinkCounts(ex: Executor, roundId: string): Promise<StaffLinkCounts> {
  const r = await one<StaffLinkCounts>(
    ex,
    sql`SELECT count(*)::int AS issued, count(used_at)::int AS used, count(*) FILTER (WHERE revoked_at IS NOT NULL AND used_at IS NULL)::int AS revoked
        FROM evaluation_staff_token WHERE round_id = ${roundId}`,
  );
  return r ?? { issued: 0, used: 0, revoked: 0 };
}

export type ValueRow = {
  personId: string;
  code: string;
  value: number;
  override: boolean;
  reason: string | null;
  enteredAt: string;
};

export async function valuesOfRound(ex: Executor, roundId: string): Promise<ValueRow[]> {
  return rows<ValueRow>(
    ex,
    sql`SELECT person_id AS "personId", indicator_code AS code, value::float8 AS value, override, reason, entered_at AS "enteredAt"
        FROM evaluation_value WHERE round_id = ${roundId}`,
  );
}

export type VetoRow = { personId: string; code: string; reason: string; markedAt: string };

export async function vetoesOfRound(ex: Executor, roundId: string): Promise<VetoRow[]> {
  return rows<VetoRow>(
    ex,
    sql`SELECT person_id AS "personId", indicator_code AS code, reason, marked_at AS "markedAt" FROM evaluation_veto WHERE round_id = ${roundId}`,
  );
}

export async function setStatus(
  ex: Executor,
  roundId: string,
  status: RoundStatus,
  extra: ReturnType<typeof sql> = sql``,
): Promise<void> {
  await ex.execute(sql`UPDATE evaluation_round SET status = ${status} ${extra} WHERE id = ${roundId}`);
}
