import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { start } from '../../../server/src/main';
import { generateReminders } from '../../../server/src/modules/orglife/index';
import { loadConfig } from '../../../server/src/platform/config';

export const WEB_DIST = path.resolve(import.meta.dirname, '../../dist');
export const DEMO_PASSWORD = 'Zhibu@2026';

export type TestServer = {
  baseUrl: string;
  dataDir: string;
  stop: () => Promise<void>;
  /**
   * Runs the reminder generator as if today were `today` (the server also runs it hourly and 5 s
   * after start). Absent against an external server (ZHIBU_E2E_BASE_URL).
   */
  remind?: (today: string) => Promise<number>;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * A real Zhibu server in this process: fresh data directory, demo enterprise seeded (≈15 s), the
 * built web app served from apps/web/dist. One per test file. ZHIBU_E2E_BASE_URL=http://… uses a
 * running server instead (faster while developing a flow; the flows then change its data).
 */
export async function startZhibu(): Promise<TestServer> {
  // For iterating on one flow: point the tests at a server you already run (its data will change).
  const external = process.env.ZHIBU_E2E_BASE_URL;
  if (external) return { baseUrl: external.replace(/\/$/, ''), dataDir: '', stop: async () => undefined };
  if (!existsSync(path.join(WEB_DIST, 'index.html'))) {
    throw new Error(
      `No web build in ${WEB_DIST}: run "npm run build -w @zhibu/web" before the browser tests.`,
    );
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zhibu-e2e-'));
  const port = await freePort();
  const config = loadConfig({
    DATA_DIR: dataDir,
    ZHIBU_DEMO: 'on',
    // The flows count on the demo as seedDemo leaves it: no meetings, points or ratings yet.
    ZHIBU_DEMO_ACTIVITY: 'off',
    PORT: String(port),
    HOST: '127.0.0.1',
    WEB_DIST,
    LOG_LEVEL: 'warn',
    SESSION_SECRET: randomBytes(24).toString('hex'),
  });
  const running = await start(config, () => undefined);
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    dataDir,
    remind: async (today) => (await generateReminders(running.database.db, today)).notices,
    stop: async () => {
      await running.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
