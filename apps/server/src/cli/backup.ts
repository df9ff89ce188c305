import path from 'node:path';
import { backupEmbedded, BackupError } from '../platform/backup';
import { loadConfig } from '../platform/config';
import { runCli } from './run-cli';

// npm run db:backup -- FILE   (embedded database; stop the server first)
runCli(async () => {
  const file = process.argv[2];
  if (!file) throw new BackupError('Usage: npm run db:backup -- FILE   (for example backups/zhibu-2026-11-21.tar.gz)');
  const config = loadConfig();
  if (config.databaseUrl) {
    throw new BackupError('DATABASE_URL is set: back up PostgreSQL with pg_dump -Fc (see README, "Backup and restore").');
  }
  const { bytes } = await backupEmbedded(config.dataDir, path.resolve(file));
  console.log(`Backup written to ${path.resolve(file)} (${(bytes / 1024 / 1024).toFixed(1)} MB).`);
});
