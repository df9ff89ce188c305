import { sql } from 'drizzle-orm';
import { newId } from '../../platform/ids';
import { rows, type Executor } from '../../platform/db';
import { inUuids } from '../../platform/sql-helpers';
import type { PointLedgerEntry } from './rules/index';

export type EntryOrigin = 'automatic' | 'claim' | 'branch' | 'appeal';

export type NewEntry = {
  ruleSetId: string;
  personId: string;
  orgNodeId: string;
  itemCode: string;
  points: number;
  units: number;
  occurredOn: string;
  origin: EntryOrigin;
  sourceType: string | null;
  sourceId: string | null;
  idempotencyKey: string | null;
  reversesId: string | null;
  status: 'claimed' | 'approved';
  note: string | null;
  createdBy: string | null;
};

/** Appends entries in one statement and returns their ids in order. */
export async function appendEntries(ex: Executor, list: readonly NewEntry[]): Promise<string[]> {
  if (list.length === 0) return [];
  const withIds = list.map((e) => ({ ...e, id: newId() }));
  await ex.execute(sql`INSERT INTO point_entry (id, rule_set_id, person_id, org_node_id, item_code, points, units, occurred_on, origin,
      source_type, source_id, idempotency_key, reverses_id, status, note, created_by)
    SELECT x.id, x."ruleSetId", x."personId", x."orgNodeId", x."itemCode", x.points, x.units, x."occurredOn", x.origin,
           x."sourceType", x."sourceId", x."idempotencyKey", x."reversesId", x.status, x.note, x."createdBy"
    FROM json_to_recordset(${JSON.stringify(withIds)}::json) AS x(id uuid, "ruleSetId" uuid, "personId" uuid, "orgNodeId" uuid,
      "itemCode" text, points numeric, units numeric, "occurredOn" date, origin text, "sourceType" text, "sourceId" uuid,
      "idempotencyKey" text, "reversesId" uuid, status text, note text, "createdBy" uuid)`);
  return withIds.map((e) => e.id);
}

export type EntryRow = PointLedgerEntry & {
  ruleSetId: string;
  orgNodeId: string;
  origin: EntryOrigin;
  sourceType: string | null;
  sourceId: string | null;
  idempotencyKey: string | null;
  note: string | null;
  createdAt: string;
  reviewedAt: string | null;
  reviewReason: string | null;
  reversedBy: string | null;
};

const ENTRY = sql`e.id, e.rule_set_id AS "ruleSetId", e.person_id AS "personId", e.org_node_id AS "orgNodeId", e.item_code AS "ruleCode",
  e.points::float8 AS points, e.units::float8 AS units, e.occurred_on AS "occurredOn", e.status, e.reverses_id AS "reversesEntryId",
  e.origin, e.source_type AS "sourceType", e.source_id AS "sourceId", e.idempotency_key AS "idempotencyKey", e.note,
  e.created_at AS "createdAt", e.reviewed_at AS "reviewedAt", e.review_reason AS "reviewReason",
  (SELECT r.id FROM point_entry r WHERE r.reverses_id = e.id) AS "reversedBy"`;

/**
 * People's entries of a subtree's year, under whichever version of its rule set they were made: a new
 * version in force reads the whole year's ledger.
 */
export async function entriesOf(ex: Executor, ruleSet: { scopeOrgId: string; year: number }, personIds: readonly string[]): Promise<EntryRow[]> {
  if (personIds.length === 0) return [];
  return rows<EntryRow>(
    ex,
    sql`SELECT ${ENTRY} FROM point_entry e
        WHERE e.rule_set_id IN (SELECT id FROM point_rule_set WHERE scope_org_id = ${ruleSet.scopeOrgId} AND year = ${ruleSet.year})
          AND ${inUuids(sql`e.person_id`, personIds)}
        ORDER BY e.occurred_on, e.created_at, e.id`,
  );
}

export async function entryById(ex: Executor, id: string, lock = false): Promise<EntryRow | undefined> {
  const list = await rows<EntryRow>(ex, sql`SELECT ${ENTRY} FROM point_entry e WHERE e.id = ${id} ${lock ? sql`FOR UPDATE` : sql``}`);
  return list[0];
}

/** Entries records of one kind earned that are neither reversals nor reversed: what re-deriving compares against. */
export async function activeEntriesOfSources(ex: Executor, sourceType: string, sourceIds: readonly string[]): Promise<EntryRow[]> {
  if (sourceIds.length === 0) return [];
  return rows<EntryRow>(
    ex,
    sql`SELECT ${ENTRY} FROM point_entry e
        WHERE e.source_type = ${sourceType} AND ${inUuids(sql`e.source_id`, sourceIds)} AND e.origin = 'automatic'
          AND e.reverses_id IS NULL AND NOT EXISTS (SELECT 1 FROM point_entry r WHERE r.reverses_id = e.id)`,
  );
}
