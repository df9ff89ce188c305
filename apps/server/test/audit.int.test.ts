import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit, verifyAuditChain } from '../src/platform/audit';
import { one, openDatabase } from '../src/platform/db';
import { migrate } from '../src/platform/migrate';
import { createTestApp, type TestApp } from './support/test-app';

const run = promisify(execFile);
const REPO = path.resolve(import.meta.dirname, '../../..');

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('audit trail', () => {
  it('records an edit with actor, IP, action and before/after, and the auditor finds it', async () => {
    const admin = await t.login('admin');
    const p = (await admin.get('/api/v1/people?pageSize=1&sort=name')).json().items[0];
    const detail = (await admin.get(`/api/v1/people/${p.id}`)).json();
    const res = await admin.patch(`/api/v1/people/${p.id}`, { version: detail.version, jobPost: '工艺员（审计测试）' });
    expect(res.statusCode).toBe(204);

    const auditor = await t.login('auditor');
    const log = (await auditor.get(`/api/v1/audit-events?entityId=${p.id}&action=person.update`)).json();
    expect(log.total).toBe(1);
    const e = log.items[0];
    expect(e.actorName).toBe((await admin.get('/api/v1/auth/me')).json().user.displayName);
    expect(e.ip).toBeTruthy();
    expect(e.diff).toEqual({ before: { jobPost: detail.jobPost }, after: { jobPost: '工艺员（审计测试）' } });
    expect((await auditor.get('/api/v1/audit-events/verify')).json()).toMatchObject({ ok: true });
  });

  it('writes nothing, audit included, when the change fails', async () => {
    const before = await one<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM audit_event`);
    const admin = await t.login('admin');
    const p = (await admin.get('/api/v1/people?pageSize=1')).json().items[0];
    const res = await admin.patch(`/api/v1/people/${p.id}`, { version: 1, idNumber: '110105194912310021' });
    expect(res.statusCode).toBe(400);
    const after = await one<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM audit_event`);
    // The admin's own login was audited; the failed edit was not.
    expect(after!.n).toBe(before!.n + 1);
  });

  it('offers no way to change or delete the log through the API', () => {
    const writes = t.app.declaredRoutes.filter((r) => r.url.startsWith('/api/v1/audit') && r.method !== 'GET');
    expect(writes).toEqual([]);
  });

  it('detects a row altered or deleted directly in the database', async () => {
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
    const victim = await one<{ seq: number }>(t.database.db, sql`SELECT seq::float8 AS seq FROM audit_event ORDER BY seq LIMIT 1 OFFSET 5`);
    await t.database.db.execute(sql`UPDATE audit_event SET actor_name = '某人' WHERE seq = ${victim!.seq}`);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: false, brokenAt: { seq: victim!.seq, reason: 'altered' } });

    const auditor = await t.login('auditor');
    expect((await auditor.get('/api/v1/audit-events/verify')).json()).toMatchObject({ ok: false, brokenAt: { seq: victim!.seq } });
  });

  it('detects a deleted row as a broken link', async () => {
    const db = await createTestApp();
    try {
      const victim = await one<{ seq: number }>(db.database.db, sql`SELECT seq::float8 AS seq FROM audit_event ORDER BY seq LIMIT 1 OFFSET 10`);
      await db.database.db.execute(sql`DELETE FROM audit_event WHERE seq = ${victim!.seq}`);
      const r = await verifyAuditChain(db.database.db);
      expect(r).toMatchObject({ ok: false, brokenAt: { reason: 'link_broken' } });
      expect(r.ok === false && r.brokenAt.seq).toBeGreaterThan(victim!.seq);
    } finally {
      await db.close();
    }
  });
});

describe('npm run audit:verify', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zhibu-verify-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('passes on an intact embedded database and names the first broken entry after tampering', async () => {
    const database = await openDatabase({ dataDir });
    await migrate(database.db);
    for (let i = 0; i < 5; i++) {
      await database.db.transaction((tx) =>
        recordAudit(tx, { accountId: null, name: '测试', ip: '127.0.0.1' }, { action: 'test.write', entityType: 'test', entityId: String(i), after: { i } }),
      );
    }
    await database.close();
    const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' };
    const ok = await run('npx', ['tsx', 'apps/server/src/cli/audit-verify.ts'], { cwd: REPO, env });
    expect(ok.stdout).toContain('5 entries verified');

    const again = await openDatabase({ dataDir });
    await again.db.execute(sql`UPDATE audit_event SET diff = '{"after":{"i":99}}' WHERE entity_id = '2'`);
    const seq = (await one<{ seq: number }>(again.db, sql`SELECT seq::float8 AS seq FROM audit_event WHERE entity_id = '2'`))!.seq;
    await again.close();
    const broken = await run('npx', ['tsx', 'apps/server/src/cli/audit-verify.ts'], { cwd: REPO, env }).catch((e: unknown) => e);
    expect((broken as { code: number }).code).toBe(2);
    expect((broken as { stderr: string }).stderr).toContain(`BROKEN at entry #${seq}`);
  });
});
