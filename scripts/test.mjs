// npm test: type-check, lint, unit tests, API integration tests on the embedded database and on a
// PostgreSQL server (TEST_DATABASE_URL), then the browser flows in Debian chromium.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromiumPath, ROOT, sh, vitest } from './lib.mjs';

mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
const started = Date.now();
let passed = 0;
let failed = 0;
const notes = [];
const step = (name) => console.log(`\n=== ${name} ===`);
const tally = (name, r) => {
  passed += r.passed;
  failed += r.failed;
  if (r.code !== 0) notes.push(`${name} failed`);
};
const gate = (name, code) => {
  if (code !== 0) {
    failed++;
    notes.push(`${name} failed`);
  }
};

step('type-check');
gate('type-check', sh('npm', ['run', '--silent', 'typecheck']));
step('lint');
gate('lint', sh('npm', ['run', '--silent', 'lint']));
step('unit tests');
tally('unit tests', vitest('unit'));
step('integration tests on the embedded database (PGlite)');
tally('integration tests (PGlite)', vitest('int'));

step('integration tests on PostgreSQL');
if (process.env.TEST_DATABASE_URL) {
  tally('integration tests (PostgreSQL)', vitest('int', { ZHIBU_TEST_DB: 'postgres' }));
} else if (process.env.ZHIBU_REQUIRE_PG) {
  gate('integration tests (PostgreSQL): TEST_DATABASE_URL is not set', 1);
} else {
  notes.push('PostgreSQL run not done: set TEST_DATABASE_URL=postgres://user:pass@host/db (a role that may create databases)');
}

step('web build and browser flows');
if (chromiumPath()) {
  const build = sh('npm', ['run', '--silent', 'build']);
  gate('web build', build);
  if (build === 0) tally('browser flows', vitest('e2e'));
} else if (process.env.ZHIBU_REQUIRE_BROWSER) {
  gate('browser flows: chromium not found (apt-get install chromium fonts-wqy-microhei)', 1);
} else {
  notes.push('Browser flows not run: chromium not found (apt-get install chromium fonts-wqy-microhei, or set CHROMIUM_PATH)');
}

console.log(`\n=== summary (${Math.round((Date.now() - started) / 1000)} s) ===`);
for (const n of notes) console.log(`- ${n}`);
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
