// npm run test:int:pg — the integration suite against a PostgreSQL server (TEST_DATABASE_URL).
import { vitest } from './lib.mjs';

if (!process.env.TEST_DATABASE_URL) {
  console.error('Set TEST_DATABASE_URL=postgres://user:pass@host:5432/postgres (a role allowed to create databases).');
  process.exit(1);
}
process.exit(vitest('int', { ZHIBU_TEST_DB: 'postgres' }).code);
