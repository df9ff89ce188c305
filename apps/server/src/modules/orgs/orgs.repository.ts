import type { OrgType } from '@zhibu/shared';
import { sql, type SQL } from 'drizzle-orm';
import { one, rows, type Executor } from '../../platform/db';
import { inUuids } from '../../platform/sql-helpers';

export type OrgRow = {
  id: string;
  parentId: string | null;
  path: string;
  depth: number;
  type: OrgType;
  isJoint: boolean;
  isTemporary: boolean;
  name: string;
  shortName: string | null;
  code: string;
  businessUnitId: string | null;
  foundedOn: string | null;
  contactName: string | null;
  contactPhone: string | null;
  sortOrder: number;
  dissolvedAt: string | null;
  version: number;
};

const ORG_COLUMNS = sql`n.id, n.parent_id AS "parentId", n.path, n.depth, n.type, n.is_joint AS "isJoint",
  n.is_temporary AS "isTemporary", n.name, n.short_name AS "shortName", n.code, n.business_unit_id AS "businessUnitId",
  n.founded_on AS "foundedOn", n.contact_name AS "contactName", n.contact_phone AS "contactPhone",
  n.sort_order AS "sortOrder", n.dissolved_at AS "dissolvedAt", n.version`;

export async function getOrgRow(ex: Executor, id: string, opts: { forUpdate?: boolean } = {}): Promise<OrgRow | undefined> {
  return one<OrgRow>(
    ex,
    sql`SELECT ${ORG_COLUMNS} FROM org_node n WHERE n.id = ${id} ${opts.forUpdate ? sql`FOR UPDATE` : sql``}`,
  );
}

export async function getOrgRows(ex: Executor, ids: readonly string[]): Promise<OrgRow[]> {
  return rows<OrgRow>(ex, sql`SELECT ${ORG_COLUMNS} FROM org_node n WHERE ${inUuids(sql`n.id`, ids)}`);
}

export async function findOrgRows(ex: Executor, where: SQL): Promise<OrgRow[]> {
  return rows<OrgRow>(ex, sql`SELECT ${ORG_COLUMNS} FROM org_node n WHERE ${where} ORDER BY n.depth, n.sort_order, n.code`);
}

export async function codeTaken(ex: Executor, code: string, exceptId?: string): Promise<boolean> {
  const r = await one<{ id: string }>(
    ex,
    sql`SELECT id FROM org_node WHERE code = ${code} ${exceptId ? sql`AND id <> ${exceptId}` : sql``}`,
  );
  return !!r;
}

export async function activeChildCount(ex: Executor, id: string): Promise<number> {
  const r = await one<{ c: number }>(
    ex,
    sql`SELECT count(*)::int AS c FROM org_node WHERE parent_id = ${id} AND dissolved_at IS NULL`,
  );
  return r?.c ?? 0;
}

export type CurrentTermFacts = { orgNodeId: string; termId: string; endsOn: string; committeeSize: number; hasSecretary: boolean };

/** The open term of each given org, with how many committee posts are filled (one query). */
export async function currentTermFacts(ex: Executor, orgIds: readonly string[]): Promise<Map<string, CurrentTermFacts>> {
  const list = await rows<CurrentTermFacts>(
    ex,
    sql`SELECT t.org_node_id AS "orgNodeId", t.id AS "termId", t.ends_on AS "endsOn",
               count(p.id) FILTER (WHERE p.post <> 'group_leader' AND p.to_on IS NULL)::int AS "committeeSize",
               bool_or(p.post IN ('secretary', 'group_leader') AND p.to_on IS NULL) IS TRUE AS "hasSecretary"
        FROM (SELECT DISTINCT ON (org_node_id) * FROM committee_term
              WHERE closed_on IS NULL AND ${inUuids(sql`org_node_id`, orgIds)}
              ORDER BY org_node_id, starts_on DESC) t
        LEFT JOIN committee_post p ON p.term_id = t.id
        GROUP BY t.org_node_id, t.id, t.ends_on`,
  );
  return new Map(list.map((r) => [r.orgNodeId, r]));
}

export type TermRow = {
  id: string;
  startsOn: string;
  endsOn: string;
  electedOn: string | null;
  note: string | null;
  closedOn: string | null;
};
export type PostRow = { id: string; termId: string; post: string; personId: string; fromOn: string; toOn: string | null };

export async function termsOf(ex: Executor, orgId: string): Promise<{ terms: TermRow[]; posts: PostRow[] }> {
  const terms = await rows<TermRow>(
    ex,
    sql`SELECT id, starts_on AS "startsOn", ends_on AS "endsOn", elected_on AS "electedOn", note, closed_on AS "closedOn"
        FROM committee_term WHERE org_node_id = ${orgId} ORDER BY starts_on DESC`,
  );
  const posts = await rows<PostRow>(
    ex,
    sql`SELECT id, term_id AS "termId", post, person_id AS "personId", from_on AS "fromOn", to_on AS "toOn"
        FROM committee_post WHERE org_node_id = ${orgId} ORDER BY from_on, post`,
  );
  return { terms, posts };
}

export async function insertHistory(
  ex: Executor,
  h: { id: string; orgNodeId: string; kind: string; before: unknown; after: unknown; at: string; actorAccountId: string | null },
) {
  await ex.execute(sql`INSERT INTO org_history (id, org_node_id, kind, before, after, at, actor_account_id)
    VALUES (${h.id}, ${h.orgNodeId}, ${h.kind}, ${JSON.stringify(h.before)}::jsonb, ${JSON.stringify(h.after)}::jsonb, ${h.at}, ${h.actorAccountId})`);
}

export async function historyOf(ex: Executor, orgId: string) {
  return rows<{ id: string; kind: string; before: unknown; after: unknown; at: string; actorName: string | null }>(
    ex,
    sql`SELECT h.id, h.kind, h.before, h.after, h.at, a.display_name AS "actorName"
        FROM org_history h LEFT JOIN account a ON a.id = h.actor_account_id
        WHERE h.org_node_id = ${orgId} ORDER BY h.at DESC LIMIT 100`,
  );
}

export async function businessUnitName(ex: Executor, id: string | null): Promise<string | null> {
  if (!id) return null;
  return (await one<{ name: string }>(ex, sql`SELECT name FROM business_unit WHERE id = ${id}`))?.name ?? null;
}

export async function businessUnitExists(ex: Executor, id: string): Promise<boolean> {
  return !!(await one<{ id: string }>(ex, sql`SELECT id FROM business_unit WHERE id = ${id} AND active`));
}

/** Holders of committee posts (not group leaders) of an org on a date. */
export async function committeeOn(ex: Executor, orgId: string, date: string): Promise<{ personId: string; post: string }[]> {
  return rows<{ personId: string; post: string }>(
    ex,
    sql`SELECT DISTINCT ON (person_id) person_id AS "personId", post FROM committee_post
        WHERE org_node_id = ${orgId} AND post <> 'group_leader'
          AND from_on <= ${date} AND (to_on IS NULL OR to_on > ${date})
        ORDER BY person_id, from_on DESC`,
  );
}
