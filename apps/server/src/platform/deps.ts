import type { Config } from './config';
import type { Database } from './db';
import type { JobRunner } from './jobs';
import type { Storage } from './storage';

/** What route plugins receive: configuration, the database, the job runner and file storage. */
export type AppDeps = {
  config: Config;
  database: Database;
  jobs: JobRunner;
  storage: Storage;
};
