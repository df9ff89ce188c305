import { createHash } from 'node:crypto';
import path from 'node:path';
import {
  CREDENTIAL_COLUMNS,
  maskIdNumber,
  parseCredentialRow,
  type Credential,
  type CredentialColumnKey,
  type CredentialProblemCode,
  type CredentialRowProblem,
} from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { can, inScope } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { todayIn } from '../../platform/clock';
import { auditActor, type RequestContext } from '../../platform/context';
import { rows, type Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { inUuids } from '../../platform/sql-helpers';
import { CredentialFileError, readCredentialRows, type SheetRow } from './credential-sheet';
import { pathInScope } from './talent-access';
import { peopleByIdNumber, type PersonFacts } from './talent.repository';

// Importing credentials from .xlsx, all or nothing, as the roster import does: every row is checked on
// its own (parseCredentialRow), then against the database (the person by ID number inside the
// importer's scope, the name as registered, the same credential already recorded or twice in the file).
// `check` reports the problems and writes nothing; `commit` writes every row in one transaction, or,
// when any row has a problem, nothing at all (422 with the same report).

/** Problems found against the database, beside the row problems of CREDENTIAL_ROW_PROBLEMS. */
export const IMPORT_PROBLEMS = {
  PERSON_NOT_FOUND: { zh: '您的管理范围内没有该身份证号的人员', en: 'no person with this ID number in your scope' },
  NAME_MISMATCH: { zh: '与该身份证号登记的姓名不一致', en: 'differs from the name registered for this ID number' },
  DUPLICATE_IN_FILE: { zh: '与文件中的第{row}行重复', en: 'repeats row {row} of the file' },
  ALREADY_RECORDED: { zh: '该人员已登记相同的记录（类别、名称、取得日期相同）', en: 'the same credential is already recorded for this person' },
} as const;
export type ImportProblemCode = CredentialProblemCode | keyof typeof IMPORT_PROBLEMS;

export type ImportProblem = Omit<CredentialRowProblem, 'code'> & { code: ImportProblemCode };
export type ImportRowReport = { rowNo: number; personName: string | null; idNumber: string | null; problems: ImportProblem[] };
export type ImportReport = {
  fileName: string;
  totalRows: number;
  validRows: number;
  invalidRows: number;
  /** The rows with problems, in file order. */
  rows: ImportRowReport[];
};

const HEADER = new Map(CREDENTIAL_COLUMNS.map((c) => [c.key, c.header]));
const MAX_BYTES = 5 * 1024 * 1024;
export const CREDENTIAL_IMPORT_MAX_BYTES = MAX_BYTES;
const INSERT_CHUNK = 500;

function problem(key: CredentialColumnKey, code: keyof typeof IMPORT_PROBLEMS, value: string | null, params: Record<string, string> = {}): ImportProblem {
  const header = HEADER.get(key)!;
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');
  const msg = IMPORT_PROBLEMS[code];
  return { key, header, code, value, message: { zh: `${header}：${fill(msg.zh)}`, en: `${header}: ${fill(msg.en)}` } };
}

const sameKey = (personId: string, c: Pick<Credential, 'kind' | 'name' | 'obtainedOn'>) => `${personId}|${c.kind}|${c.name}|${c.obtainedOn}`;

type Checked = { report: ImportReport; ready: { person: PersonFacts; credential: Credential }[] };

async function checkRows(ex: Executor, ctx: RequestContext, upload: ReadUpload): Promise<Checked> {
  const { fileName, rows: sheet } = upload;
  const today = todayIn(ctx.timeZone);
  const parsed = sheet.map((r) => ({ ...r, result: parseCredentialRow(r.row, { today }) }));
  const ids = parsed.flatMap((p) => (p.result.ok ? [p.result.person.idNumber] : []));
  const people = await peopleByIdNumber(ex, ids, inScope(ctx.actor, 'talent:manage', sql`o.path`));
  const byIdNumber = new Map(people.map((p) => [p.idNumber!.toUpperCase(), p]));
  const existing = new Set(
    people.length === 0
      ? []
      : (
          await rows<{ personId: string; kind: Credential['kind']; name: string; obtainedOn: string }>(
            ex,
            sql`SELECT person_id AS "personId", kind, name, obtained_on::text AS "obtainedOn" FROM talent_credential
                WHERE ${inUuids(
                  sql`person_id`,
                  people.map((p) => p.id),
                )}`,
          )
        ).map((c) => sameKey(c.personId, c)),
  );

  const reveal = can(ctx.actor, 'person:read-sensitive');
  const seen = new Map<string, number>();
  const report: ImportRowReport[] = [];
  const ready: Checked['ready'] = [];
  for (const { rowNo, row, result } of parsed) {
    const problems: ImportProblem[] = result.ok ? [] : [...result.problems];
    let person: PersonFacts | undefined;
    if (result.ok) {
      person = byIdNumber.get(result.person.idNumber);
      if (!person) {
        problems.push(problem('idNumber', 'PERSON_NOT_FOUND', result.person.idNumber));
      } else {
        if (person.name !== result.person.name) problems.push(problem('personName', 'NAME_MISMATCH', result.person.name));
        const key = sameKey(person.id, result.credential);
        const earlier = seen.get(key);
        if (earlier !== undefined) problems.push(problem('name', 'DUPLICATE_IN_FILE', result.credential.name, { row: String(earlier) }));
        else seen.set(key, rowNo);
        if (existing.has(key)) problems.push(problem('name', 'ALREADY_RECORDED', result.credential.name));
      }
    }
    if (problems.length > 0) {
      const showId = (v: string | null) => (v && !(reveal && person && pathInScope(ctx.actor, 'person:read-sensitive', person.orgPath)) ? maskIdNumber(v) : v);
      report.push({
        rowNo,
        personName: row.personName ?? null,
        idNumber: showId(row.idNumber ?? null),
        problems: problems.map((p) => (p.key === 'idNumber' ? { ...p, value: showId(p.value) } : p)),
      });
    } else if (result.ok && person) {
      ready.push({ person, credential: result.credential });
    }
  }
  return {
    report: { fileName, totalRows: parsed.length, validRows: parsed.length - report.length, invalidRows: report.length, rows: report },
    ready,
  };
}

export type ImportUpload = { fileName: string; data: Buffer; truncated: boolean };
export type ReadUpload = { fileName: string; sha256: string; rows: SheetRow[] };

/**
 * Reads an upload (.xlsx by name and by content, ≤ 5 MB) into rows. Done before any transaction: the
 * embedded database has one connection, which must not wait while a workbook is unzipped.
 */
export async function readCredentialUpload(upload: ImportUpload): Promise<ReadUpload> {
  const fileName = path.basename(upload.fileName.replace(/\\/g, '/')).slice(-200);
  if (upload.truncated) throw new AppError('IMPORT_TOO_LARGE', { limit: '5 MB' });
  // An .xlsx file is a zip archive: it starts with "PK\3\4".
  if (!/\.xlsx$/i.test(fileName) || upload.data.subarray(0, 4).toString('binary') !== 'PK\u0003\u0004') throw new AppError('IMPORT_FILE_INVALID');
  try {
    const rows = await readCredentialRows(upload.data);
    return { fileName, sha256: createHash('sha256').update(upload.data).digest('hex'), rows };
  } catch (err) {
    if (err instanceof CredentialFileError) throw new AppError('TALENT_IMPORT_FILE_PROBLEM', { detail: err.detail });
    throw err;
  }
}

/** Checks the rows of an upload and reports every row's problems; writes nothing. */
export async function checkCredentialImport(ex: Executor, ctx: RequestContext, upload: ReadUpload): Promise<ImportReport> {
  return (await checkRows(ex, ctx, upload)).report;
}

/** Writes every row of the upload in the caller's transaction, or nothing when any row has a problem. */
export async function commitCredentialImport(
  ex: Executor,
  ctx: RequestContext,
  upload: ReadUpload,
): Promise<{ importId: string; created: number; people: number; report: ImportReport }> {
  const { report, ready } = await checkRows(ex, ctx, upload);
  if (report.invalidRows > 0) throw new AppError('TALENT_IMPORT_HAS_ERRORS', { count: report.invalidRows }, report);
  const importId = newId();
  for (let i = 0; i < ready.length; i += INSERT_CHUNK) {
    const values = sql.join(
      ready.slice(i, i + INSERT_CHUNK).map(
        ({ person, credential: c }) =>
          sql`(${newId()}, ${person.id}, ${c.kind}, ${c.name}, ${c.level ?? null}, ${c.issuer ?? null}, ${c.obtainedOn}::date, ${c.expiresOn ?? null}::date,
               ${c.result ?? null}, ${c.certificateNo ?? null}, 'import', ${importId}::uuid, ${ctx.actor.accountId}::uuid)`,
      ),
      sql`, `,
    );
    await ex.execute(sql`INSERT INTO talent_credential (id, person_id, kind, name, level, issuer, obtained_on, expires_on, result, certificate_no, origin, import_id, created_by)
      VALUES ${values}`);
  }
  const people = new Set(ready.map((r) => r.person.id)).size;
  await recordAudit(ex, auditActor(ctx), {
    action: 'talent_credential.import',
    entityType: 'talent_credential_import',
    entityId: importId,
    after: { fileName: upload.fileName, sha256: upload.sha256, credentials: ready.length, people },
  });
  return { importId, created: ready.length, people, report };
}
