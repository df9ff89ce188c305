import path from 'node:path';
import { BackupError, restoreEmbedded } from '../platform/backup';
import { loadConfig } from '../platform/config';
import { runCli } from './run-cli';

// npm run db:restore -- FILE   (embedded database; stop the server first)
runCli(async () => {
  const file = process.argv[2];
  if (!file) throw new BackupError('Usage: npm run db:restore -- FILE');
  const config = loadConfig();
  if (config.databaseUrl) {
    throw new BackupError('DATABASE_URL is set: restore PostgreSQL with pg_restore (see README, "Backup and restore").');
  }
  const { movedAside } = await restoreEmbedded(config.dataDir, path.resolve(file));
  console.log(`Restored from ${path.resolve(file)}.${movedAside ? ` The previous database was kept as ${movedAside}.` : ''}`);
});
