import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { start } from '../src/main';
import { backupEmbedded, restoreEmbedded } from '../src/platform/backup';
import { ConfigError, loadConfig } from '../src/platform/config';
import { DataDirBusyError } from '../src/platform/data-lock';
import { one, openDatabase } from '../src/platform/db';
import { DemoModeRefusedError } from '../src/platform/installation';
import { SchemaTooNewError } from '../src/platform/migrate';

const run = promisify(execFile);
const REPO = path.resolve(import.meta.dirname, '../../..');
const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'zhibu-start-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise((r) => srv.close(r));
  return port;
}

const cfg = (dataDir: string, port: number, extra: Record<string, string> = {}) =>
  loadConfig({ DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...extra });

describe('configuration', () => {
  it('lists every invalid variable in one clear message', () => {
    expect(() => loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' });
    } catch (e) {
      expect((e as Error).message).toMatch(/PORT/);
      expect((e as Error).message).toMatch(/LOG_LEVEL/);
      expect((e as Error).message).toMatch(/DATABASE_URL/);
    }
    expect(() => loadConfig({ DATABASE_URL: 'postgres://localhost/x' })).toThrow(/SESSION_SECRET/);
  });

  it('refuses to start from the command line with a message, not a stack trace', async () => {
    const err = (await run('npx', ['tsx', 'apps/server/src/cli/serve.ts'], {
      cwd: REPO,
      env: { ...process.env, PORT: '99999', DATA_DIR: tmp() },
    }).catch((e: unknown) => e)) as { code: number; stderr: string };
    expect(err.code).toBe(1);
    expect(err.stderr).toContain('Zhibu cannot start: Invalid configuration');
    expect(err.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('start-up and shutdown', () => {
  const dataDir = tmp();

  it('bootstraps a real installation, refuses a busy data dir and a taken port, and stops cleanly', async () => {
    const port = await freePort();
    const first = await start(cfg(dataDir, port), () => undefined);
    try {
      expect((await fetch(`http://127.0.0.1:${port}/api/ready`)).status).toBe(200);
      expect(readFileSync(path.join(dataDir, 'initial-passwords.txt'), 'utf8')).toMatch(/^admin\t\S{10,}/m);
      await expect(start(cfg(dataDir, await freePort()), () => undefined)).rejects.toBeInstanceOf(DataDirBusyError);
    } finally {
      await first.stop();
    }
    expect(existsSync(path.join(dataDir, 'zhibu.lock'))).toBe(false);

    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(port, '127.0.0.1', r));
    try {
      await expect(start(cfg(dataDir, port), () => undefined)).rejects.toThrow(/Port \d+ is already in use/);
    } finally {
      blocker.close();
    }
    // The failed start released the data directory.
    expect(existsSync(path.join(dataDir, 'zhibu.lock'))).toBe(false);
  });

  it('refuses demo mode on a database that was not created in demo mode', async () => {
    await expect(start(cfg(dataDir, await freePort(), { ZHIBU_DEMO: 'on' }), () => undefined)).rejects.toBeInstanceOf(
      DemoModeRefusedError,
    );
  });

  it('refuses a database whose schema is newer than the code', async () => {
    const db = await openDatabase({ dataDir });
    await db.db.execute(sql`INSERT INTO zhibu_migration (tag) VALUES ('9999_from_the_future')`);
    await db.close();
    await expect(start(cfg(dataDir, await freePort()), () => undefined)).rejects.toBeInstanceOf(SchemaTooNewError);
    const again = await openDatabase({ dataDir });
    await again.db.execute(sql`DELETE FROM zhibu_migration WHERE tag = '9999_from_the_future'`);
    await again.close();
  });

  it('round-trips a backup: data changed after the backup is gone after the restore', async () => {
    const file = path.join(tmp(), 'backup.tar.gz');
    const { bytes } = await backupEmbedded(dataDir, file);
    expect(bytes).toBeGreaterThan(1000);
    const db = await openDatabase({ dataDir });
    const rootName = (await one<{ name: string }>(db.db, sql`SELECT name FROM org_node WHERE parent_id IS NULL`))!.name;
    await db.db.execute(sql`UPDATE org_node SET name = '改过的名字' WHERE parent_id IS NULL`);
    await db.close();

    const { movedAside } = await restoreEmbedded(dataDir, file);
    expect(movedAside).toMatch(/^pgdata\.before-restore-/);
    const restored = await openDatabase({ dataDir });
    expect((await one<{ name: string }>(restored.db, sql`SELECT name FROM org_node WHERE parent_id IS NULL`))!.name).toBe(rootName);
    await restored.close();
    await expect(restoreEmbedded(dataDir, path.join(dataDir, 'session-secret'))).rejects.toThrow(/Not a readable Zhibu backup/);
  });

  it('shuts down gracefully on SIGTERM', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/cli/serve.ts'], {
      cwd: REPO,
      env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    for (let i = 0; i < 120 && !out.includes('Zhibu is running'); i++) await new Promise((r) => setTimeout(r, 250));
    expect(out).toContain('Zhibu is running');
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', (c) => resolve(c));
      child.kill('SIGTERM');
    });
    for (let i = 0; i < 40 && existsSync(path.join(dataDir, 'zhibu.lock')); i++) await new Promise((r) => setTimeout(r, 250));
    expect(existsSync(path.join(dataDir, 'zhibu.lock'))).toBe(false);
    expect(code).toBe(0);
    expect(out).toContain('SIGTERM received');
  });
});
