import type { CredentialKind, CredentialLevel, JobPortrait, TalentCriteria, TalentTier } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { one, rows, type Executor } from '../../platform/db';
import { inUuids } from '../../platform/sql-helpers';

// The SQL of talent profiles: people as talent sees them, portraits, credentials, latest scores, tiers
// and reserve entries, each read for many people at once.

export type PersonFacts = {
  id: string;
  name: string;
  birthDate: string | null;
  idNumber: string | null;
  jobPost: string | null;
  partyStatus: string;
  orgNodeId: string;
  orgPath: string;
  orgName: string;
};

const PERSON_COLUMNS = sql`p.id, p.name, p.birth_date AS "birthDate", p.id_number AS "idNumber", p.job_post AS "jobPost",
  p.party_status AS "partyStatus", p.org_node_id AS "orgNodeId", o.path AS "orgPath", o.name AS "orgName"`;

export async function peopleFacts(ex: Executor, ids: readonly string[]): Promise<Map<string, PersonFacts>> {
  if (ids.length === 0) return new Map();
  const list = await rows<PersonFacts>(
    ex,
    sql`SELECT ${PERSON_COLUMNS} FROM person p JOIN org_node o ON o.id = p.org_node_id WHERE ${inUuids(sql`p.id`, [...new Set(ids)])}`,
  );
  return new Map(list.map((p) => [p.id, p]));
}

/** People by ID number (upper case), limited by a condition on `o` (the importer's scope). */
export async function peopleByIdNumber(ex: Executor, idNumbers: readonly string[], scope: ReturnType<typeof sql>): Promise<PersonFacts[]> {
  if (idNumbers.length === 0) return [];
  return rows<PersonFacts>(
    ex,
    sql`SELECT ${PERSON_COLUMNS} FROM person p JOIN org_node o ON o.id = p.org_node_id
        WHERE upper(p.id_number) IN (SELECT jsonb_array_elements_text(${JSON.stringify([...new Set(idNumbers)])}::jsonb)) AND ${scope}`,
  );
}

// ---------------------------------------------------------------------------------------------------
// Portraits

export type PortraitRow = {
  id: string;
  scopeOrgId: string;
  scopePath: string;
  scopeOrgName: string;
  code: string;
  title: string;
  family: string;
  builtinCode: string | null;
  definition: JobPortrait;
  version: number;
  createdAt: string;
  updatedAt: string;
};

const PORTRAIT_COLUMNS = sql`t.id, t.scope_org_id AS "scopeOrgId", s.path AS "scopePath", s.name AS "scopeOrgName", t.code, t.title,
  t.family, t.builtin_code AS "builtinCode", t.definition, t.version, t.created_at AS "createdAt", t.updated_at AS "updatedAt"`;

export async function getPortraitRow(ex: Executor, id: string, lock = false): Promise<PortraitRow | undefined> {
  return one<PortraitRow>(
    ex,
    sql`SELECT ${PORTRAIT_COLUMNS} FROM talent_portrait t JOIN org_node s ON s.id = t.scope_org_id WHERE t.id = ${id}
        ${lock ? sql`FOR UPDATE OF t` : sql``}`,
  );
}

export async function portraitRows(ex: Executor, ids: readonly string[]): Promise<Map<string, PortraitRow>> {
  if (ids.length === 0) return new Map();
  const list = await rows<PortraitRow>(
    ex,
    sql`SELECT ${PORTRAIT_COLUMNS} FROM talent_portrait t JOIN org_node s ON s.id = t.scope_org_id WHERE ${inUuids(sql`t.id`, [...new Set(ids)])}`,
  );
  return new Map(list.map((p) => [p.id, p]));
}

/** Portraits matching a condition on `t` (the portrait) and `s` (its org), in the org tree's order, then by code. */
export async function findPortraitRows(ex: Executor, where: ReturnType<typeof sql>): Promise<PortraitRow[]> {
  return rows<PortraitRow>(
    ex,
    sql`SELECT ${PORTRAIT_COLUMNS} FROM talent_portrait t JOIN org_node s ON s.id = t.scope_org_id WHERE ${where}
        ORDER BY s.path COLLATE "C", t.code COLLATE "C"`,
  );
}

// ---------------------------------------------------------------------------------------------------
// Credentials

export type CredentialRow = {
  id: string;
  personId: string;
  kind: CredentialKind;
  name: string;
  level: CredentialLevel | null;
  issuer: string | null;
  obtainedOn: string;
  expiresOn: string | null;
  result: string | null;
  certificateNo: string | null;
  origin: 'manual' | 'import';
  createdAt: string;
};

/** Credentials of the people, oldest first per person. */
export async function credentialsOf(ex: Executor, personIds: readonly string[]): Promise<Map<string, CredentialRow[]>> {
  const out = new Map<string, CredentialRow[]>();
  if (personIds.length === 0) return out;
  const list = await rows<CredentialRow>(
    ex,
    sql`SELECT id, person_id AS "personId", kind, name, level, issuer, obtained_on::text AS "obtainedOn", expires_on::text AS "expiresOn",
               result, certificate_no AS "certificateNo", origin, created_at AS "createdAt"
        FROM talent_credential WHERE ${inUuids(sql`person_id`, [...new Set(personIds)])}
        ORDER BY person_id, obtained_on, created_at, id`,
  );
  for (const c of list) {
    const l = out.get(c.personId) ?? [];
    l.push(c);
    out.set(c.personId, l);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Scores

export type ScoreRow = {
  personId: string;
  portraitId: string;
  indicatorCode: string;
  score: number;
  scoredOn: string;
  note: string | null;
  scoredBy: string | null;
};

/** The latest score per person, portrait and indicator (by day scored, then by when it was entered). */
export async function latestScores(
  ex: Executor,
  pairs: readonly { personId: string; portraitId: string }[],
): Promise<Map<string, ScoreRow[]>> {
  const out = new Map<string, ScoreRow[]>();
  if (pairs.length === 0) return out;
  const list = await rows<ScoreRow>(
    ex,
    sql`SELECT DISTINCT ON (s.person_id, s.portrait_id, s.indicator_code)
               s.person_id AS "personId", s.portrait_id AS "portraitId", s.indicator_code AS "indicatorCode", s.score::float8 AS score,
               s.scored_on::text AS "scoredOn", s.note, a.display_name AS "scoredBy"
        FROM talent_score s LEFT JOIN account a ON a.id = s.scored_by
        WHERE (s.person_id, s.portrait_id) IN (
          SELECT (x->>'personId')::uuid, (x->>'portraitId')::uuid FROM jsonb_array_elements(${JSON.stringify(pairs)}::jsonb) x)
        ORDER BY s.person_id, s.portrait_id, s.indicator_code, s.scored_on DESC, s.created_at DESC, s.id DESC`,
  );
  for (const r of list) {
    const key = pairKey(r.personId, r.portraitId);
    const l = out.get(key) ?? [];
    l.push(r);
    out.set(key, l);
  }
  return out;
}

export const pairKey = (personId: string, portraitId: string) => `${personId}|${portraitId}`;

/** The portraits a person has been scored against. */
export async function scoredPortraitIds(ex: Executor, personId: string): Promise<string[]> {
  const list = await rows<{ id: string }>(ex, sql`SELECT DISTINCT portrait_id AS id FROM talent_score WHERE person_id = ${personId}`);
  return list.map((r) => r.id);
}

// ---------------------------------------------------------------------------------------------------
// Tiers and the reserve pool

export type TierRow = {
  id: string;
  personId: string;
  tier: TalentTier;
  portraitId: string | null;
  assignedOn: string;
  reason: string;
  matchScore: number | null;
  suggestedTier: TalentTier | null;
  assignedBy: string | null;
};

const TIER_COLUMNS = sql`t.id, t.person_id AS "personId", t.tier, t.portrait_id AS "portraitId", t.assigned_on::text AS "assignedOn", t.reason,
  t.match_score::float8 AS "matchScore", t.suggested_tier AS "suggestedTier", a.display_name AS "assignedBy"`;

export async function currentTiers(ex: Executor, personIds: readonly string[]): Promise<Map<string, TierRow>> {
  if (personIds.length === 0) return new Map();
  const list = await rows<TierRow>(
    ex,
    sql`SELECT ${TIER_COLUMNS} FROM talent_tier_assignment t LEFT JOIN account a ON a.id = t.assigned_by
        WHERE t.ended_on IS NULL AND ${inUuids(sql`t.person_id`, [...new Set(personIds)])}`,
  );
  return new Map(list.map((t) => [t.personId, t]));
}

export type ReserveRow = {
  id: string;
  personId: string;
  portraitId: string;
  enteredOn: string;
  targetTier: TalentTier | null;
  direction: string | null;
  criteria: TalentCriteria;
  lastReviewedOn: string | null;
  nextReviewOn: string | null;
  reviewMonths: number;
  status: 'active' | 'removed';
  removedOn: string | null;
  removedReason: string | null;
};

export const RESERVE_COLUMNS = sql`r.id, r.person_id AS "personId", r.portrait_id AS "portraitId", r.entered_on::text AS "enteredOn",
  r.target_tier AS "targetTier", r.direction, r.criteria, r.last_reviewed_on::text AS "lastReviewedOn", r.next_review_on::text AS "nextReviewOn",
  r.review_months AS "reviewMonths", r.status, r.removed_on::text AS "removedOn", r.removed_reason AS "removedReason"`;

export async function getReserveRow(ex: Executor, id: string, lock = false): Promise<ReserveRow | undefined> {
  return one<ReserveRow>(ex, sql`SELECT ${RESERVE_COLUMNS} FROM talent_reserve_entry r WHERE r.id = ${id} ${lock ? sql`FOR UPDATE` : sql``}`);
}
