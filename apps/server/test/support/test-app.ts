import { randomBytes } from 'node:crypto';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../../src/app';
import { loadConfig, type Config } from '../../src/platform/config';
import { openDatabase, openPgliteFromDump, type Database } from '../../src/platform/db';
import { JobRunner } from '../../src/platform/jobs';
import { createLogger } from '../../src/platform/logger';
import { localStorage } from '../../src/platform/storage';
import { databaseUrlFor, testServerUrl, TEST_TIME_ZONE, type TemplateKind } from './templates';

export const DEMO_PASSWORD = 'Zhibu@2026';

/** A fresh database cloned from a template: PGlite from its dump, or CREATE DATABASE ... TEMPLATE. */
export async function freshDatabase(kind: TemplateKind = 'demo'): Promise<Database & { drop(): Promise<void> }> {
  const server = testServerUrl();
  if (server) {
    const name = `zhibu_t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE zhibu_tpl_${kind}`);
    await admin.end();
    const database = await openDatabase({ databaseUrl: databaseUrlFor(server, name) });
    return {
      ...database,
      drop: async () => {
        const a = new pg.Client({ connectionString: server });
        await a.connect();
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await a.end();
      },
    };
  }
  const dump = readFileSync(path.join(inject('templateDir'), `${kind}.tar.gz`));
  const database = await openPgliteFromDump(new Blob([dump]));
  return { ...database, drop: async () => undefined };
}

export type TestApp = {
  app: FastifyInstance;
  database: Database;
  jobs: JobRunner;
  config: Config;
  dataDir: string;
  login(username: string, password?: string): Promise<Client>;
  anonymous(): Client;
  close(): Promise<void>;
};

export type Client = {
  csrf: string | null;
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
};

export async function createTestApp(
  opts: { kind?: TemplateKind; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const database = await freshDatabase(opts.kind ?? 'demo');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zhibu-app-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    SESSION_SECRET: 'test-secret-test-secret-test-secret-0123',
    LOG_LEVEL: 'silent',
    ZHIBU_DEMO: opts.kind === 'empty' ? 'off' : 'on',
    ZHIBU_TIMEZONE: TEST_TIME_ZONE,
    ...opts.env,
  });
  const logger = createLogger(config);
  const jobs = new JobRunner(database.db, logger);
  const app = await buildApp({
    config,
    database,
    jobs,
    storage: localStorage(path.join(dataDir, 'files')),
    logger,
  });
  await app.ready();

  const makeClient = (cookie: string | null, csrf: string | null): Client => {
    const request = (o: InjectOptions) =>
      app.inject({
        ...o,
        headers: {
          ...(cookie ? { cookie } : {}),
          ...(csrf ? { 'x-csrf-token': csrf } : {}),
          ...(o.headers ?? {}),
        },
      });
    return {
      csrf,
      request,
      get: (url) => request({ method: 'GET', url }),
      post: (url, body) => request({ method: 'POST', url, ...(body === undefined ? {} : { payload: body as object }) }),
      patch: (url, body) => request({ method: 'PATCH', url, payload: body as object }),
      put: (url, body) => request({ method: 'PUT', url, payload: body as object }),
      delete: (url) => request({ method: 'DELETE', url }),
    };
  };

  return {
    app,
    database,
    jobs,
    config,
    dataDir,
    anonymous: () => makeClient(null, null),
    async login(username, password = DEMO_PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login: username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const setCookie = [res.headers['set-cookie']].flat().find((c) => c?.startsWith('zhibu_sid='));
      const cookie = setCookie!.split(';')[0]!;
      return makeClient(cookie, res.json<{ csrfToken: string }>().csrfToken);
    },
    async close() {
      await app.close();
      await jobs.drain();
      await database.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
