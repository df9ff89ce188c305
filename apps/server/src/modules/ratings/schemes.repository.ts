import { zSchemeDefinition, type SchemeDefinition, type SchemeHeader } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { one, rows, type Executor } from '../../platform/db';

export type SchemeRow = SchemeHeader & { id: string; scopeOrgId: string; scopePath: string; scopeName: string; templateKey: string | null; createdAt: string };
export type VersionRow = {
  id: string;
  schemeId: string;
  version: number;
  status: 'draft' | 'published';
  definition: SchemeDefinition;
  note: string | null;
  publishedAt: string | null;
  updatedAt: string;
};

const schemeColumns = sql`s.id, s.code, s.name, s.kind, s.period, s.org_types AS "orgTypes", s.scope_org_id AS "scopeOrgId",
  o.path AS "scopePath", o.name AS "scopeName", s.template_key AS "templateKey", s.created_at AS "createdAt"`;

export async function getSchemeRow(ex: Executor, id: string): Promise<SchemeRow | undefined> {
  return one<SchemeRow>(ex, sql`SELECT ${schemeColumns} FROM rating_scheme s JOIN org_node o ON o.id = s.scope_org_id WHERE s.id = ${id}`);
}

export async function listSchemeRows(ex: Executor, visible: ReturnType<typeof sql>): Promise<(SchemeRow & { latestVersion: number; publishedVersion: number | null })[]> {
  return rows(
    ex,
    sql`SELECT ${schemeColumns},
          (SELECT max(v.version) FROM rating_scheme_version v WHERE v.scheme_id = s.id) AS "latestVersion",
          (SELECT max(v.version) FROM rating_scheme_version v WHERE v.scheme_id = s.id AND v.status = 'published') AS "publishedVersion"
        FROM rating_scheme s JOIN org_node o ON o.id = s.scope_org_id
        WHERE ${visible}
        ORDER BY s.created_at DESC`,
  );
}

function parseVersion(r: Omit<VersionRow, 'definition'> & { definition: unknown }): VersionRow {
  // Stored documents were validated on write; parsing again fills defaults added since.
  return { ...r, definition: zSchemeDefinition.parse(r.definition) };
}

const versionColumns = sql`id, scheme_id AS "schemeId", version, status, definition, note, published_at AS "publishedAt", updated_at AS "updatedAt"`;

export async function getVersionRow(ex: Executor, schemeId: string, version: number, forUpdate = false): Promise<VersionRow | undefined> {
  const r = await one<Omit<VersionRow, 'definition'> & { definition: unknown }>(
    ex,
    sql`SELECT ${versionColumns} FROM rating_scheme_version WHERE scheme_id = ${schemeId} AND version = ${version} ${forUpdate ? sql`FOR UPDATE` : sql``}`,
  );
  return r && parseVersion(r);
}

export async function getVersionById(ex: Executor, id: string): Promise<VersionRow | undefined> {
  const r = await one<Omit<VersionRow, 'definition'> & { definition: unknown }>(ex, sql`SELECT ${versionColumns} FROM rating_scheme_version WHERE id = ${id}`);
  return r && parseVersion(r);
}

export async function listVersionRows(ex: Executor, schemeId: string) {
  return rows<Omit<VersionRow, 'definition'> & { criteria: number }>(
    ex,
    sql`SELECT id, scheme_id AS "schemeId", version, status, note, published_at AS "publishedAt", updated_at AS "updatedAt",
               (SELECT count(*)::int FROM jsonb_array_elements(definition->'categories') c, jsonb_array_elements(c->'criteria')) AS criteria
        FROM rating_scheme_version WHERE scheme_id = ${schemeId} ORDER BY version DESC`,
  );
}
