import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import type { Config } from './platform/config';
import { lockDataDir } from './platform/data-lock';
import { openDatabase, refreshStatistics, type Database, type Db } from './platform/db';
import { checkDemoMode, markSeeded } from './platform/installation';
import { JobRunner } from './platform/jobs';
import { createLogger } from './platform/logger';
import { migrate } from './platform/migrate';
import { localStorage, type Storage } from './platform/storage';
import { bootstrapInstallation } from './seed/bootstrap';
import { seedDemo, type DemoSummary } from './seed/demo';
import { seedDemoActivity } from './seed/demo-activity';
import { deliver } from './modules/notifications/index';
import { generateReminders } from './modules/orglife/index';
import { todayIn } from './platform/clock';
import { createSenders } from './platform/senders';

export type Running = { app: FastifyInstance; database: Database; config: Config; stop: () => Promise<void> };

export class PortInUseError extends Error {}

/**
 * Starts Zhibu: lock the data directory (embedded mode), migrate, seed on first run, serve.
 * Known failures surface as typed errors that the CLI prints as one clear line.
 */
export async function start(config: Config, log: (msg: string) => void = console.log): Promise<Running> {
  const release = config.databaseUrl ? () => undefined : lockDataDir(config.dataDir, 'zhibu server');
  let database: Database | undefined;
  const storage = localStorage(path.join(config.dataDir, 'files'));
  try {
    database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    const { applied } = await migrate(database.db);
    if (applied.length > 0) log(`Applied migrations: ${applied.join(', ')}`);
    const state = await checkDemoMode(database.db, config.demo);
    if (!state.seeded) {
      if (config.demo) {
        log('Seeding the demo enterprise 示例卷烟厂 (first run) ...');
        const s = await seedDemo(database.db, config.timeZone);
        log(`Demo ready: ${s.branches} branches, ${s.people} people, ${s.accounts} accounts.`);
        if (config.demoActivity) await addDemoActivity(database.db, config, s, storage, log);
      } else {
        const b = await bootstrapInstallation(database.db, {
          dataDir: config.dataDir,
          timeZone: config.timeZone,
          rootName: process.env.ZHIBU_ROOT_ORG_NAME ?? '中共示例公司委员会',
        });
        if (b) log(`Initial administrator passwords were written to ${b.passwordsFile} (change them at first sign-in).`);
      }
      await markSeeded(database.db);
    }
    if (database.kind === 'pglite') await refreshStatistics(database.db);
    const logger = createLogger(config);
    const jobs = new JobRunner(database.db, logger, database.kind === 'postgres');
    let ready = false;
    const app = await buildApp({
      config,
      database,
      jobs,
      storage,
      logger,
      isReady: () => ready,
    });
    try {
      await app.listen({ port: config.port, host: config.host });
    } catch (err) {
      await app.close();
      if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        throw new PortInUseError(`Port ${config.port} is already in use (端口已被占用). Set PORT to a free port.`);
      }
      throw err;
    }
    ready = true;
    const db = database;
    // Reminders: shortly after start, then hourly. Dedupe keys make every run (on every instance) safe.
    const senders = createSenders(config, logger);
    const remind = () => {
      generateReminders(db.db, todayIn(config.timeZone))
        .then((r) => deliver(senders, r.deliveries, logger))
        .catch((err: unknown) => logger.error({ err }, 'reminder run failed'));
    };
    const first = setTimeout(remind, 5_000);
    const hourly = setInterval(remind, 3_600_000);
    first.unref();
    hourly.unref();
    // PostgreSQL servers keep statistics fresh by autovacuum; the embedded database is analysed here.
    const analyse = setInterval(() => {
      if (db.kind === 'pglite') refreshStatistics(db.db).catch((err: unknown) => logger.error({ err }, 'statistics refresh failed'));
    }, 6 * 3_600_000);
    analyse.unref();
    return {
      app,
      database: db,
      config,
      stop: async () => {
        clearTimeout(first);
        clearInterval(hourly);
        clearInterval(analyse);
        await app.close();
        await jobs.drain();
        await db.close();
        release();
      },
    };
  } catch (err) {
    await database?.close().catch(() => undefined);
    release();
    throw err;
  }
}

/**
 * This year's activity for the demo (ZHIBU_DEMO_ACTIVITY, on by default). The demo is usable without
 * it, so a failure here is reported and the start goes on rather than leaving a half-seeded database
 * that could never start again.
 */
async function addDemoActivity(db: Db, config: Config, demo: DemoSummary, storage: Storage, log: (msg: string) => void) {
  log('Adding a year of activity to the demo (meetings, points, evaluation, talent, ratings) ...');
  const t0 = performance.now();
  try {
    const a = await seedDemoActivity(db, config.timeZone, demo, { storage, log });
    log(
      `Demo activity ready: ${a.meetings} meetings with ${a.attendance} attendance entries, ${a.awards} branch points records and ` +
        `${a.claims} claims, an evaluation round with ${a.evaluation.submitted} sheets in, ${a.talent.credentials} credentials, ` +
        `${a.ratedOrgs} branches rated (${((performance.now() - t0) / 1000).toFixed(0)} s).`,
    );
  } catch (err) {
    log(`The demo's activity could not be added (the demo works without it): ${err instanceof Error ? err.message : String(err)}`);
  }
}
