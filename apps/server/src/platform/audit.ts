import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { canonicalJson } from './canonical';
import { rows, type Db, type Executor } from './db';
import { newId } from './ids';

export const GENESIS_HASH = '0'.repeat(64);
const AUDIT_LOCK = 727002;
const INSERT_CHUNK = 500;

export type AuditActor = { accountId: string | null; name: string | null; ip: string | null };

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

type Sealed = {
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

/** Only the fields that changed, so the log reads as "what was done". */
export function diffOf(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): { before?: Record<string, unknown>; after?: Record<string, unknown> } | null {
  if (!before && !after) return null;
  if (!before) return { after: after! };
  if (!after) return { before };
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (canonicalJson(before[k]) !== canonicalJson(after[k])) {
      b[k] = before[k] ?? null;
      a[k] = after[k] ?? null;
    }
  }
  return { before: b, after: a };
}

export function hashOf(prevHash: string, e: Sealed): string {
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(
      canonicalJson({
        id: e.id,
        at: e.at,
        actorAccountId: e.actorAccountId,
        actorName: e.actorName,
        ip: e.ip,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        diff: e.diff,
      }),
    )
    .digest('hex');
}

/**
 * Appends entries to the hash chain inside the caller's transaction. The advisory lock serialises
 * appends across instances so the chain stays linear; it is held until the transaction ends.
 */
export async function recordAudit(tx: Executor, actor: AuditActor, entries: AuditEntry | AuditEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK})`);
  const last = await rows<{ hash: string }>(tx, sql`SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1`);
  let prev = last[0]?.hash ?? GENESIS_HASH;
  const at = new Date().toISOString();
  const sealed: (Sealed & { prevHash: string; hash: string })[] = [];
  for (const e of list) {
    const s: Sealed = {
      id: newId(),
      at,
      actorAccountId: actor.accountId,
      actorName: actor.name,
      ip: actor.ip,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      diff: diffOf(e.before, e.after),
    };
    const hash = hashOf(prev, s);
    sealed.push({ ...s, prevHash: prev, hash });
    prev = hash;
  }
  for (let i = 0; i < sealed.length; i += INSERT_CHUNK) {
    const chunk = sealed.slice(i, i + INSERT_CHUNK);
    const values = sql.join(
      chunk.map(
        (s) =>
          sql`(${s.id}, ${s.at}, ${s.actorAccountId}, ${s.actorName}, ${s.ip}, ${s.action}, ${s.entityType}, ${s.entityId}, ${s.diff === null ? null : JSON.stringify(s.diff)}::jsonb, ${s.prevHash}, ${s.hash})`,
      ),
      sql`, `,
    );
    await tx.execute(
      sql`INSERT INTO audit_event (id, at, actor_account_id, actor_name, ip, action, entity_type, entity_id, diff, prev_hash, hash) VALUES ${values}`,
    );
  }
}

export type VerifyResult =
  | { ok: true; checked: number }
  | { ok: false; checked: number; brokenAt: { seq: number; id: string; reason: 'altered' | 'link_broken' } };

/** Walks the chain in order; reports the first row whose content or link does not match. */
export async function verifyAuditChain(db: Db, batch = 5000): Promise<VerifyResult> {
  let prev = GENESIS_HASH;
  let lastSeq = 0;
  let checked = 0;
  for (;;) {
    const page = await rows<Sealed & { seq: number; prevHash: string; hash: string }>(
      db,
      sql`SELECT seq::float8 AS seq, id, at, actor_account_id AS "actorAccountId", actor_name AS "actorName", ip, action,
                 entity_type AS "entityType", entity_id AS "entityId", diff, prev_hash AS "prevHash", hash
          FROM audit_event WHERE seq > ${lastSeq} ORDER BY seq LIMIT ${batch}`,
    );
    if (page.length === 0) return { ok: true, checked };
    for (const r of page) {
      if (r.prevHash !== prev) return { ok: false, checked, brokenAt: { seq: r.seq, id: r.id, reason: 'link_broken' } };
      if (hashOf(prev, r) !== r.hash) return { ok: false, checked, brokenAt: { seq: r.seq, id: r.id, reason: 'altered' } };
      prev = r.hash;
      lastSeq = r.seq;
      checked++;
    }
  }
}
