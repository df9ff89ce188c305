import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Where uploaded and generated files live. Local disk under DATA_DIR now; S3-compatible later. */
export type Storage = {
  put(key: string, body: Readable): Promise<{ bytes: number }>;
  get(key: string): Readable;
  localPath(key: string): string;
  remove(key: string): Promise<void>;
};

export function localStorage(root: string): Storage {
  const resolve = (key: string) => {
    if (!/^[A-Za-z0-9/_.-]+$/.test(key) || key.includes('..')) throw new Error(`invalid storage key ${key}`);
    return path.join(root, key);
  };
  return {
    async put(key, body) {
      const file = resolve(key);
      await mkdir(path.dirname(file), { recursive: true });
      await pipeline(body, createWriteStream(file));
      return { bytes: (await stat(file)).size };
    },
    get: (key) => createReadStream(resolve(key)),
    localPath: resolve,
    remove: (key) => rm(resolve(key), { force: true }),
  };
}
