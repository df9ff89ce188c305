import { zPointRuleSet, type PointRuleSet } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { one, rows, type Executor } from '../../platform/db';

export type RuleSetRow = {
  id: string;
  scopeOrgId: string;
  scopePath: string;
  scopeName: string;
  code: string;
  name: string;
  year: number;
  version: number;
  status: 'draft' | 'published' | 'superseded';
  templateKey: string | null;
  definition: PointRuleSet;
  createdAt: string;
  publishedAt: string | null;
};

const COLUMNS = sql`rs.id, rs.scope_org_id AS "scopeOrgId", s.path AS "scopePath", s.name AS "scopeName", rs.code, rs.name, rs.year,
  rs.version, rs.status, rs.template_key AS "templateKey", rs.definition, rs.created_at AS "createdAt", rs.published_at AS "publishedAt"`;

// Stored documents were validated when written; parsing again fills the defaults of fields added later.
const parsed = (r: RuleSetRow | undefined): RuleSetRow | undefined => r && { ...r, definition: zPointRuleSet.parse(r.definition) };

export async function getRuleSetRow(ex: Executor, id: string, lock = false): Promise<RuleSetRow | undefined> {
  return parsed(
    await one<RuleSetRow>(
      ex,
      sql`SELECT ${COLUMNS} FROM point_rule_set rs JOIN org_node s ON s.id = rs.scope_org_id WHERE rs.id = ${id} ${lock ? sql`FOR UPDATE OF rs` : sql``}`,
    ),
  );
}

/** The rule set in force for an organisation in a year: the published one of the nearest enclosing scope. */
export async function ruleSetInForce(ex: Executor, orgPath: string, year: number): Promise<RuleSetRow | undefined> {
  return parsed(
    await one<RuleSetRow>(
      ex,
      sql`SELECT ${COLUMNS} FROM point_rule_set rs JOIN org_node s ON s.id = rs.scope_org_id
          WHERE rs.status = 'published' AND rs.year = ${year} AND ${orgPath} LIKE s.path || '%'
          ORDER BY length(s.path) DESC LIMIT 1`,
    ),
  );
}

/** Every published rule set of a year, nearest scope first, for matching many people at once. */
export async function ruleSetsInForce(ex: Executor, years: readonly number[]): Promise<RuleSetRow[]> {
  if (years.length === 0) return [];
  const list = await rows<RuleSetRow>(
    ex,
    sql`SELECT ${COLUMNS} FROM point_rule_set rs JOIN org_node s ON s.id = rs.scope_org_id
        WHERE rs.status = 'published' AND rs.year IN (${sql.join(
          years.map((y) => sql`${y}`),
          sql`, `,
        )})
        ORDER BY length(s.path) DESC`,
  );
  return list.map((r) => parsed(r)!);
}

export async function listRuleSets(ex: Executor, where: ReturnType<typeof sql>): Promise<Omit<RuleSetRow, 'definition'>[]> {
  return rows(
    ex,
    sql`SELECT rs.id, rs.scope_org_id AS "scopeOrgId", s.path AS "scopePath", s.name AS "scopeName", rs.code, rs.name, rs.year, rs.version,
               rs.status, rs.template_key AS "templateKey", rs.created_at AS "createdAt", rs.published_at AS "publishedAt",
               jsonb_array_length(rs.definition->'items')::int AS items
        FROM point_rule_set rs JOIN org_node s ON s.id = rs.scope_org_id
        WHERE ${where}
        ORDER BY rs.year DESC, s.path, rs.version DESC`,
  );
}

/** The version in force of the subtree and year a rule set (of any version) belongs to. */
export async function versionInForce(ex: Executor, ruleSetId: string): Promise<RuleSetRow | undefined> {
  return parsed(
    await one<RuleSetRow>(
      ex,
      sql`SELECT ${COLUMNS} FROM point_rule_set rs JOIN org_node s ON s.id = rs.scope_org_id
          JOIN point_rule_set x ON x.scope_org_id = rs.scope_org_id AND x.year = rs.year
          WHERE x.id = ${ruleSetId} AND rs.status = 'published'`,
    ),
  );
}
