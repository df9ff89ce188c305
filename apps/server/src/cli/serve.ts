import { ConfigError, loadConfig } from '../platform/config';
import { DataDirBusyError } from '../platform/data-lock';
import { DemoModeRefusedError } from '../platform/installation';
import { SchemaTooNewError } from '../platform/migrate';
import { PortInUseError, start } from '../main';

const KNOWN = [ConfigError, DataDirBusyError, DemoModeRefusedError, SchemaTooNewError, PortInUseError];

async function main() {
  const config = loadConfig();
  const running = await start(config);
  const mode = config.databaseUrl ? 'PostgreSQL' : `embedded PostgreSQL in ${config.dataDir}`;
  console.log(`Zhibu is running on http://localhost:${config.port} (${mode}${config.demo ? ', demo mode' : ''})`);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received, shutting down ...`);
    running.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  if (KNOWN.some((k) => err instanceof k)) {
    console.error(`\nZhibu cannot start: ${(err as Error).message}\n`);
  } else if ((err as { code?: string }).code === 'ECONNREFUSED') {
    console.error(`\nZhibu cannot start: the PostgreSQL server in DATABASE_URL refused the connection.\n`);
  } else {
    console.error('\nZhibu cannot start: unexpected error\n', err);
  }
  process.exit(1);
});
