import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

export class DataDirBusyError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The embedded database allows one process at a time. Takes DATA_DIR/zhibu.lock (a stale lock from a
 * crashed process is taken over) and returns its release function.
 */
export function lockDataDir(dataDir: string, purpose: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'zhibu.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${process.pid} ${purpose}`);
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const [pidText, ...what] = readFileSync(file, 'utf8').split(' ');
      const pid = Number(pidText);
      if (pid && alive(pid)) {
        throw new DataDirBusyError(
          `The data directory ${dataDir} is in use by process ${pid} (${what.join(' ')}). Stop it first. (数据目录正被其他进程使用)`,
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new DataDirBusyError(`Could not lock ${dataDir}`);
}
