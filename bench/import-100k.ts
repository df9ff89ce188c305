// Roster import benchmark:
//   npx tsx bench/import-100k.ts [--sizes 20000,100000] [--shared-strings] [--heap-limit <MiB>]
// A first child process builds an embedded database (on disk) seeded with the demo enterprise. Each
// size then runs in its own child process on a fresh copy of it: generate the roster .xlsx (streaming
// writer), upload it (store + batch), validate and commit through the same use cases the HTTP routes
// call, and report the wall time and the peak RSS and JS heap of each phase. Separate processes keep
// the memory of the sizes, and of the seeding, apart.
import { spawn } from 'node:child_process';
import { cpSync, createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { CommitResult } from '../apps/server/src/modules/people/commit-import';
import { confirmImport } from '../apps/server/src/modules/people/confirm-import';
import { getImport } from '../apps/server/src/modules/people/get-import';
import { startImport } from '../apps/server/src/modules/people/start-import';
import type { ValidateResult } from '../apps/server/src/modules/people/validate-import';
import { one, openDatabase, rows } from '../apps/server/src/platform/db';
import { checkDemoMode, markSeeded } from '../apps/server/src/platform/installation';
import { JobRunner } from '../apps/server/src/platform/jobs';
import { migrate } from '../apps/server/src/platform/migrate';
import { localStorage } from '../apps/server/src/platform/storage';
import { systemContext } from '../apps/server/src/platform/system-actor';
import { seedDemo } from '../apps/server/src/seed/demo';
import { Rng } from '../apps/server/src/seed/random';
import { todayIn } from '../apps/server/src/platform/clock';
import { intArg, parseArgs } from './lib/args';
import { writeRosterFile } from './lib/roster-file';
import { MemorySampler } from './lib/rss';
import { PeopleFactory, type Placement } from './lib/synthetic-people';

const TIME_ZONE = 'Asia/Shanghai';

type Phase = { ms: number; rssMiB: number; heapMiB: number };
type Result = {
  rows: number;
  /** RSS with the seeded embedded database open, before the import starts. */
  startRssMiB: number;
  fileMiB: number;
  phases: Record<'generate' | 'upload' | 'validate' | 'commit', Phase>;
  validate: ValidateResult['ms'];
  commit: CommitResult['ms'];
};

/** The seeded database every size starts from. */
async function prepare(dir: string): Promise<void> {
  const database = await openDatabase({ dataDir: dir });
  try {
    await migrate(database.db);
    await checkDemoMode(database.db, true);
    await seedDemo(database.db, TIME_ZONE);
    await markSeeded(database.db);
  } finally {
    await database.close();
  }
}

async function runOne(seeded: string, count: number, sharedStrings: boolean): Promise<Result> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zhibu-bench-'));
  cpSync(seeded, dir, { recursive: true });
  const database = await openDatabase({ dataDir: dir });
  try {
    const { db } = database;
    const root = (await one<{ id: string; path: string; name: string }>(db, sql`SELECT id, path, name FROM org_node WHERE parent_id IS NULL`))!;
    const ctx = systemContext(root, TIME_ZONE);
    const places = await placements(db);
    const jobs = new JobRunner(db, { error: (o, m) => console.error(m, o) });
    const deps = { database, storage: localStorage(path.join(dir, 'files')), jobs };
    const sampler = new MemorySampler();
    const phase = async (fn: () => Promise<unknown>): Promise<Phase> => {
      sampler.take();
      const t = performance.now();
      await fn();
      return { ms: Math.round(performance.now() - t), ...sampler.take() };
    };

    const startRssMiB = Math.round(process.memoryUsage().rss / 1024 / 1024);
    const file = path.join(dir, 'roster.xlsx');
    const factory = new PeopleFactory(new Rng(count), todayIn(TIME_ZONE));
    const generate = await phase(() =>
      writeRosterFile(
        file,
        (function* () {
          for (let i = 0; i < count; i++) yield factory.make(places[i % places.length]!);
        })(),
        { sharedStrings },
      ),
    );
    let importId = '';
    let validateJobId = '';
    const upload = await phase(async () => {
      const started = await startImport(deps, ctx, { fileName: 'roster.xlsx', stream: createReadStream(file), truncated: () => false });
      importId = started.importId;
      // The validation job is already running: let it, and time it separately.
      validateJobId = started.jobId;
    });
    const validate = await phase(() => jobs.drain());
    const view = await getImport(db, ctx, importId);
    if (view.state !== 'validated') throw new Error(`validation: ${view.state} ${JSON.stringify(view.errors.slice(0, 5))}`);
    let commitJobId = '';
    const commit = await phase(async () => {
      commitJobId = (await confirmImport(deps, ctx, importId)).jobId;
      await jobs.drain();
    });
    const committed = await jobs.get(commitJobId, ctx.actor.accountId);
    if (committed.state !== 'succeeded') throw new Error(`commit: ${JSON.stringify(committed.error)}`);
    const validated = await jobs.get(validateJobId, ctx.actor.accountId);
    const people = await one<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM person WHERE import_batch_id = ${importId}`);
    if (people?.n !== count) throw new Error(`expected ${count} people, found ${people?.n}`);
    sampler.stop();
    return {
      rows: count,
      startRssMiB,
      fileMiB: Math.round((statSync(file).size / 1024 / 1024) * 10) / 10,
      phases: { generate, upload, validate, commit },
      validate: (validated.result as ValidateResult).ms,
      commit: (committed.result as CommitResult).ms,
    };
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Where the synthetic people go: the demo's branches with their groups and business units. */
async function placements(db: Parameters<typeof rows>[0]): Promise<Placement[]> {
  const list = await rows<{ code: string; unit: string | null; groups: string[] | null }>(
    db,
    sql`SELECT b.code, bu.code AS unit, array_agg(g.code ORDER BY g.code) FILTER (WHERE g.id IS NOT NULL) AS groups
        FROM org_node b LEFT JOIN business_unit bu ON bu.id = b.business_unit_id
        LEFT JOIN org_node g ON g.parent_id = b.id AND g.type = 'group'
        WHERE b.type = 'branch' GROUP BY b.code, bu.code ORDER BY b.code`,
  );
  return list.flatMap((b) =>
    (b.groups?.length ? b.groups : [null]).map((g) => ({ orgCode: b.code, partyGroupCode: g, businessUnitCode: b.unit })),
  );
}

const s = (ms: number) => (ms / 1000).toFixed(1);

function table(results: Result[]): string {
  const lines = [
    '| rows | file | generate | upload | validate (read+rules+stage / set checks) | commit (checks / write / audit / cleanup) | validate + commit | RSS at start | peak RSS validate | peak RSS commit |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    const p = r.phases;
    lines.push(
      `| ${r.rows.toLocaleString('en')} | ${r.fileMiB} MiB | ${s(p.generate.ms)} s | ${s(p.upload.ms)} s | ` +
        `${s(p.validate.ms)} s (${s(r.validate.read)} / ${s(r.validate.checks)}) | ` +
        `${s(p.commit.ms)} s (${s(r.commit.checks)} / ${s(r.commit.write)} / ${s(r.commit.audit)} / ${s(r.commit.cleanup)}) | ` +
        `**${s(p.validate.ms + p.commit.ms)} s** | ${r.startRssMiB} MiB | ${p.validate.rssMiB} MiB (heap ${p.validate.heapMiB}) | ${p.commit.rssMiB} MiB (heap ${p.commit.heapMiB}) |`,
    );
  }
  return lines.join('\n');
}

async function child(args: string[], nodeFlags: string[] = []): Promise<Result | null> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [...nodeFlags, ...process.execArgv, fileURLToPath(import.meta.url), ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    p.stdout.on('data', (c: Buffer) => (out += c.toString()));
    p.on('error', reject);
    p.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (code !== 0) reject(new Error(`child ${args.join(' ')} exited with ${code}\n${out}`));
      else resolve(line ? (JSON.parse(line.slice(7)) as Result) : null);
    });
  });
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const sharedStrings = args.has('shared-strings');
  const seeded = args.get('seeded');
  if (typeof seeded === 'string') {
    if (args.has('prepare')) await prepare(seeded);
    else console.log(`RESULT ${JSON.stringify(await runOne(seeded, intArg(args, 'rows'), sharedStrings))}`);
    return;
  }
  const sizes = String(args.get('sizes') ?? '20000,100000').split(',').map(Number);
  // A cap on the JS heap shows that an import does not need memory in proportion to the file.
  const heapLimit = args.has('heap-limit') ? [`--max-old-space-size=${intArg(args, 'heap-limit')}`] : [];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zhibu-bench-seeded-'));
  try {
    console.error('… seeding the demo enterprise');
    await child(['--seeded', dir, '--prepare']);
    const results: Result[] = [];
    for (const n of sizes) {
      console.error(`… ${n.toLocaleString('en')} rows${sharedStrings ? ' (shared strings)' : ''} ${heapLimit.join(' ')}`);
      const flags = ['--seeded', dir, '--rows', String(n), ...(sharedStrings ? ['--shared-strings'] : [])];
      results.push((await child(flags, heapLimit))!);
    }
    console.log(table(results));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
