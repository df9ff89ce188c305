import { ConfigError } from '../platform/config';
import { DataDirBusyError } from '../platform/data-lock';
import { BackupError } from '../platform/backup';
import { SchemaTooNewError } from '../platform/migrate';

const KNOWN = [ConfigError, DataDirBusyError, BackupError, SchemaTooNewError];

/** Runs a command-line task and turns known failures into one clear line and exit code 1. */
export function runCli(task: () => Promise<number | void>): void {
  task().then(
    (code) => process.exit(code ?? 0),
    (err: unknown) => {
      if (KNOWN.some((k) => err instanceof k)) console.error(`\n${(err as Error).message}\n`);
      else console.error(err);
      process.exit(1);
    },
  );
}
