import { sql, type SQL } from 'drizzle-orm';
import { one, rows, type Executor } from '../../platform/db';
import { likeEscape } from '../../platform/sql-helpers';

export type AuditFilter = {
  q?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  actor?: string;
  from?: string;
  to?: string;
};

export type AuditRow = {
  seq: number;
  id: string;
  at: string;
  actorAccountId: string | null;
  actorName: string | null;
  ip: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  diff: unknown;
};

export function auditWhere(f: AuditFilter): SQL {
  const parts: SQL[] = [sql`true`];
  if (f.action) parts.push(sql`action = ${f.action}`);
  if (f.entityType) parts.push(sql`entity_type = ${f.entityType}`);
  if (f.entityId) parts.push(sql`entity_id = ${f.entityId}`);
  if (f.actor) parts.push(sql`actor_name LIKE ${`%${likeEscape(f.actor)}%`}`);
  if (f.from) parts.push(sql`at >= ${f.from}::date`);
  if (f.to) parts.push(sql`at < (${f.to}::date + 1)`);
  if (f.q) parts.push(sql`(action LIKE ${`%${likeEscape(f.q)}%`} OR diff::text LIKE ${`%${likeEscape(f.q)}%`})`);
  return sql.join(parts, sql` AND `);
}

const SELECT = sql`SELECT seq::float8 AS seq, id, at, actor_account_id AS "actorAccountId", actor_name AS "actorName", ip, action,
  entity_type AS "entityType", entity_id AS "entityId", diff FROM audit_event`;

export async function findAuditEvents(ex: Executor, f: AuditFilter & { page: number; pageSize: number }) {
  const where = auditWhere(f);
  const [items, count] = await Promise.all([
    rows<AuditRow>(ex, sql`${SELECT} WHERE ${where} ORDER BY seq DESC LIMIT ${f.pageSize} OFFSET ${(f.page - 1) * f.pageSize}`),
    one<{ c: number }>(ex, sql`SELECT count(*)::int AS c FROM audit_event WHERE ${where}`),
  ]);
  return { items, total: count?.c ?? 0, page: f.page, pageSize: f.pageSize };
}

export async function* iterateAuditEvents(ex: Executor, f: AuditFilter, batch = 2000): AsyncGenerator<AuditRow[]> {
  let before = Number.MAX_SAFE_INTEGER;
  for (;;) {
    const page = await rows<AuditRow>(ex, sql`${SELECT} WHERE ${auditWhere(f)} AND seq < ${before} ORDER BY seq DESC LIMIT ${batch}`);
    if (page.length === 0) return;
    yield page;
    before = page[page.length - 1]!.seq;
  }
}
