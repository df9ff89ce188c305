import { loadConfig } from '../platform/config';
import { lockDataDir } from '../platform/data-lock';
import { openDatabase } from '../platform/db';
import { migrate } from '../platform/migrate';
import { runCli } from './run-cli';

// npm run db:migrate — applies pending migrations (the server also does this at start).
runCli(async () => {
  const config = loadConfig();
  const release = config.databaseUrl ? () => undefined : lockDataDir(config.dataDir, 'db:migrate');
  try {
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      const { applied } = await migrate(database.db);
      console.log(applied.length > 0 ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
    } finally {
      await database.close();
    }
  } finally {
    release();
  }
});
