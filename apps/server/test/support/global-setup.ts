import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildTemplates } from './templates';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDir: string;
  }
}

export default async function setup(project: TestProject) {
  const t0 = Date.now();
  const { dir } = await buildTemplates();
  project.provide('templateDir', dir);
  console.log(`test database templates ready in ${Date.now() - t0} ms (${process.env.ZHIBU_TEST_DB ?? 'pglite'})`);
  return () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
