import type { OrgType, SchemeKind } from '@zhibu/shared';
import { sql, type SQL } from 'drizzle-orm';
import { one, type Executor } from '../../platform/db';

export type RoundRow = {
  id: string;
  schemeVersionId: string;
  schemeId: string;
  schemeName: string;
  schemeKind: SchemeKind;
  version: number;
  orgTypes: OrgType[];
  scopeOrgId: string;
  scopePath: string;
  scopeName: string;
  title: string;
  year: number;
  quarter: number | null;
  periodFrom: string;
  periodTo: string;
  status: 'open' | 'published' | 'archived';
  evaluatedAt: string | null;
  publishedAt: string | null;
  archivedAt: string | null;
  createdAt: string;
};

export const roundColumns = sql`r.id, r.scheme_version_id AS "schemeVersionId", s.id AS "schemeId", s.name AS "schemeName", s.kind AS "schemeKind",
  v.version, s.org_types AS "orgTypes", r.scope_org_id AS "scopeOrgId", o.path AS "scopePath", o.name AS "scopeName", r.title, r.year,
  r.quarter, r.period_from AS "periodFrom", r.period_to AS "periodTo", r.status, r.evaluated_at AS "evaluatedAt",
  r.published_at AS "publishedAt", r.archived_at AS "archivedAt", r.created_at AS "createdAt"`;

export const roundFrom = sql`rating_round r JOIN rating_scheme_version v ON v.id = r.scheme_version_id
  JOIN rating_scheme s ON s.id = v.scheme_id JOIN org_node o ON o.id = r.scope_org_id`;

export async function getRoundRow(ex: Executor, id: string, forUpdate = false): Promise<RoundRow | undefined> {
  return one<RoundRow>(ex, sql`SELECT ${roundColumns} FROM ${roundFrom} WHERE r.id = ${id} ${forUpdate ? sql`FOR UPDATE OF r` : sql``}`);
}

/** The orgs a round rates: of the scheme's org types, in the round's subtree, not dissolved before the period ended. */
export function ratedOrgsWhere(round: Pick<RoundRow, 'scopePath' | 'orgTypes' | 'periodTo'>, alias = sql`o`): SQL {
  return sql`(${alias}.path LIKE ${`${round.scopePath}%`} AND ${alias}.type IN (${sql.join(
    round.orgTypes.map((t) => sql`${t}`),
    sql`, `,
  )}) AND (${alias}.dissolved_at IS NULL OR ${alias}.dissolved_at >= ${round.periodTo}::date))`;
}
