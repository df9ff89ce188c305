import { AGE_BANDS } from '@zhibu/shared';
import { sql, type SQL } from 'drizzle-orm';
import { inScope, type Actor } from '../../platform/access';
import { addYears } from '../../platform/clock';
import { one, rows, type Executor } from '../../platform/db';
import { inUuids, likeEscape } from '../../platform/sql-helpers';
import type { PeopleFilter } from './people.schemas';

export type PersonRow = {
  id: string;
  name: string;
  gender: 'male' | 'female';
  ethnicity: string | null;
  birthDate: string | null;
  idNumber: string | null;
  phone: string | null;
  education: string | null;
  jobPost: string | null;
  title: string | null;
  businessUnitId: string | null;
  businessUnitName: string | null;
  orgNodeId: string;
  orgName: string;
  orgPath: string;
  partyGroupId: string | null;
  partyGroupName: string | null;
  joinedWorkOn: string | null;
  partyStatus: 'none' | 'applicant' | 'activist' | 'development' | 'probationary' | 'full';
  appliedOn: string | null;
  activistOn: string | null;
  developmentOn: string | null;
  admittedOn: string | null;
  confirmedOn: string | null;
  excludedFromQuorum: boolean;
  quorumExclusionReason: string | null;
  quorumExclusionRef: string | null;
  version: number;
};

export const PERSON_SELECT = sql`SELECT p.id, p.name, p.gender, p.ethnicity, p.birth_date AS "birthDate",
    p.id_number AS "idNumber", p.phone, p.education, p.job_post AS "jobPost", p.title,
    p.business_unit_id AS "businessUnitId", bu.name AS "businessUnitName",
    p.org_node_id AS "orgNodeId", o.name AS "orgName", o.path AS "orgPath",
    p.party_group_id AS "partyGroupId", g.name AS "partyGroupName", p.joined_work_on AS "joinedWorkOn",
    p.party_status AS "partyStatus", p.applied_on AS "appliedOn", p.activist_on AS "activistOn",
    p.development_on AS "developmentOn", p.admitted_on AS "admittedOn", p.confirmed_on AS "confirmedOn",
    p.excluded_from_quorum AS "excludedFromQuorum", p.quorum_exclusion_reason AS "quorumExclusionReason",
    p.quorum_exclusion_ref AS "quorumExclusionRef", p.version
  FROM person p
  JOIN org_node o ON o.id = p.org_node_id
  LEFT JOIN org_node g ON g.id = p.party_group_id
  LEFT JOIN business_unit bu ON bu.id = p.business_unit_id`;

const SORT_SQL: Record<PeopleFilter['sort'], SQL> = {
  name: sql`p.name, p.id`,
  '-name': sql`p.name DESC, p.id`,
  birthDate: sql`p.birth_date NULLS LAST, p.id`,
  '-birthDate': sql`p.birth_date DESC NULLS LAST, p.id`,
  admittedOn: sql`p.admitted_on NULLS LAST, p.id`,
  '-admittedOn': sql`p.admitted_on DESC NULLS LAST, p.id`,
  createdAt: sql`p.created_at, p.id`,
  '-createdAt': sql`p.created_at DESC, p.id`,
};

/** WHERE for the people list: always the actor's scope, then the user's filters. */
export function peopleWhere(
  actor: Actor,
  f: Omit<PeopleFilter, 'page' | 'pageSize' | 'sort'>,
  today: string,
  underPath: string | null,
): SQL {
  const parts: SQL[] = [inScope(actor, 'person:read', sql`o.path`)];
  if (underPath) parts.push(sql`o.path LIKE ${`${underPath}%`}`);
  if (f.q) {
    const q = f.q.trim();
    parts.push(sql`(p.name LIKE ${`%${likeEscape(q)}%`} OR p.id_number = ${q.toUpperCase()})`);
  }
  if (f.status.length > 0) parts.push(sql`p.party_status IN ${f.status}`);
  if (f.gender) parts.push(sql`p.gender = ${f.gender}`);
  if (f.education.length > 0) parts.push(sql`p.education IN ${f.education}`);
  if (f.ageBand.length > 0) {
    const bands = AGE_BANDS.filter((b) => f.ageBand.includes(b.value)).map(
      // age in [min, max] ⇔ born in (today − (max+1) years, today − min years]
      (b) => sql`(p.birth_date > ${addYears(today, -(b.max + 1))} AND p.birth_date <= ${addYears(today, -b.min)})`,
    );
    parts.push(sql`(${sql.join(bands, sql` OR `)})`);
  }
  return sql.join(parts, sql` AND `);
}

export async function findPeopleRows(
  ex: Executor,
  where: SQL,
  sort: PeopleFilter['sort'],
  limit: number,
  offset: number,
): Promise<{ items: PersonRow[]; total: number }> {
  const [items, count] = await Promise.all([
    rows<PersonRow>(ex, sql`${PERSON_SELECT} WHERE ${where} ORDER BY ${SORT_SQL[sort]} LIMIT ${limit} OFFSET ${offset}`),
    one<{ c: number }>(
      ex,
      sql`SELECT count(*)::int AS c FROM person p JOIN org_node o ON o.id = p.org_node_id WHERE ${where}`,
    ),
  ]);
  return { items, total: count?.c ?? 0 };
}

/** Keyset pages over the filtered list, for streaming exports without OFFSET. */
export async function* iteratePeopleRows(ex: Executor, where: SQL, batch = 2000): AsyncGenerator<PersonRow[]> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const page = await rows<PersonRow>(
      ex,
      sql`${PERSON_SELECT} WHERE ${where} AND p.id > ${after}::uuid ORDER BY p.id LIMIT ${batch}`,
    );
    if (page.length === 0) return;
    yield page;
    after = page[page.length - 1]!.id;
  }
}

export async function getPersonRow(ex: Executor, id: string, opts: { forUpdate?: boolean } = {}) {
  return one<PersonRow>(ex, sql`${PERSON_SELECT} WHERE p.id = ${id} ${opts.forUpdate ? sql`FOR UPDATE OF p` : sql``}`);
}

export async function personByIdNumber(ex: Executor, idNumber: string) {
  return one<{ id: string; name: string }>(ex, sql`SELECT id, name FROM person WHERE id_number = ${idNumber}`);
}

export async function insertPersonHistory(
  ex: Executor,
  h: {
    id: string;
    personId: string;
    kind: string;
    before: unknown;
    after: unknown;
    effectiveOn: string | null;
    note: string | null;
    at: string;
    actorAccountId: string | null;
  },
) {
  await ex.execute(sql`INSERT INTO person_history (id, person_id, kind, before, after, effective_on, note, at, actor_account_id)
    VALUES (${h.id}, ${h.personId}, ${h.kind}, ${JSON.stringify(h.before)}::jsonb, ${JSON.stringify(h.after)}::jsonb,
      ${h.effectiveOn}, ${h.note}, ${h.at}, ${h.actorAccountId})`);
}

export async function historyOfPerson(ex: Executor, id: string) {
  return rows<{
    id: string;
    kind: string;
    before: unknown;
    after: unknown;
    effectiveOn: string | null;
    note: string | null;
    at: string;
    actorName: string | null;
  }>(
    ex,
    sql`SELECT h.id, h.kind, h.before, h.after, h.effective_on AS "effectiveOn", h.note, h.at, a.display_name AS "actorName"
        FROM person_history h LEFT JOIN account a ON a.id = h.actor_account_id
        WHERE h.person_id = ${id} ORDER BY h.at DESC, h.id DESC LIMIT 200`,
  );
}

export async function membershipsOf(ex: Executor, id: string) {
  return rows<{
    orgNodeId: string;
    orgName: string;
    partyGroupName: string | null;
    partyStatus: PersonRow['partyStatus'];
    validFrom: string;
    validTo: string | null;
  }>(
    ex,
    sql`SELECT m.org_node_id AS "orgNodeId", o.name AS "orgName", g.name AS "partyGroupName",
               m.party_status AS "partyStatus", m.valid_from AS "validFrom", m.valid_to AS "validTo"
        FROM membership_period m JOIN org_node o ON o.id = m.org_node_id LEFT JOIN org_node g ON g.id = m.party_group_id
        WHERE m.person_id = ${id} ORDER BY m.valid_from DESC, m.id DESC`,
  );
}

/** Closes the open membership period (exclusive end) and opens the next one. */
export async function rollMembership(
  ex: Executor,
  m: { personId: string; orgNodeId: string; partyGroupId: string | null; partyStatus: string; from: string; id: string },
) {
  await ex.execute(sql`UPDATE membership_period SET valid_to = ${m.from}
    WHERE person_id = ${m.personId} AND valid_to IS NULL`);
  await ex.execute(sql`INSERT INTO membership_period (id, person_id, org_node_id, party_group_id, party_status, valid_from)
    VALUES (${m.id}, ${m.personId}, ${m.orgNodeId}, ${m.partyGroupId}, ${m.partyStatus}, ${m.from})`);
}

// ---- read services for other modules (through index.ts) ----

export async function countPeopleByOrg(ex: Executor, orgIds: readonly string[]) {
  const list = await rows<{ orgNodeId: string; fullMembers: number; probationary: number; people: number }>(
    ex,
    sql`SELECT org_node_id AS "orgNodeId",
               count(*) FILTER (WHERE party_status = 'full')::int AS "fullMembers",
               count(*) FILTER (WHERE party_status = 'probationary')::int AS probationary,
               count(*)::int AS people
        FROM person WHERE ${inUuids(sql`org_node_id`, orgIds)} GROUP BY org_node_id`,
  );
  return new Map(list.map((r) => [r.orgNodeId, r]));
}

export async function countPeopleInOrg(ex: Executor, orgId: string): Promise<number> {
  return (
    (await one<{ c: number }>(
      ex,
      sql`SELECT count(*)::int AS c FROM person WHERE org_node_id = ${orgId} OR party_group_id = ${orgId}`,
    ))?.c ?? 0
  );
}

export async function personNames(ex: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  const list = await rows<{ id: string; name: string }>(ex, sql`SELECT id, name FROM person WHERE ${inUuids(sql`id`, ids)}`);
  return new Map(list.map((r) => [r.id, r.name]));
}

export async function placementsOf(ex: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  const list = await rows<{ id: string; orgNodeId: string }>(
    ex,
    sql`SELECT id, org_node_id AS "orgNodeId" FROM person WHERE ${inUuids(sql`id`, ids)}`,
  );
  return new Map(list.map((r) => [r.id, r.orgNodeId]));
}

export type RosterMember = {
  personId: string;
  name: string;
  partyStatus: PersonRow['partyStatus'];
  partyGroupId: string | null;
  excludedFromQuorum: boolean;
};

/**
 * Members (正式 and 预备) placed in an org, or in one of its Party groups, on a given date — from the
 * membership periods, so the answer holds for any past date.
 */
export async function membersOn(
  ex: Executor,
  q: { orgNodeId: string; partyGroupId?: string | null; date: string },
): Promise<RosterMember[]> {
  return rows<RosterMember>(
    ex,
    sql`SELECT m.person_id AS "personId", p.name, m.party_status AS "partyStatus", m.party_group_id AS "partyGroupId",
               p.excluded_from_quorum AS "excludedFromQuorum"
        FROM membership_period m JOIN person p ON p.id = m.person_id
        WHERE ${q.partyGroupId ? sql`m.party_group_id = ${q.partyGroupId}` : sql`m.org_node_id = ${q.orgNodeId}`}
          AND m.valid_from <= ${q.date} AND (m.valid_to IS NULL OR m.valid_to > ${q.date})
          AND m.party_status IN ('full', 'probationary')
        ORDER BY p.name`,
  );
}
