import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { auditActor, type RequestContext } from '../../platform/context';
import { one, type Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { rulesForYear } from './compliance.repository';
import type { FrequencyRule } from './rules/frequency-rules';

/**
 * Saves a new version of the frequency rules for a year. Versions are never edited: results already
 * computed under an older version can name it, and the newest version applies from now on.
 */
export async function saveFrequencyRules(
  ex: Executor,
  ctx: RequestContext,
  input: { year: number; rules: FrequencyRule[]; note?: string | null },
): Promise<{ version: number }> {
  // The rules judge every branch, so only a committee administrator at the top of the tree changes them.
  const atRoot = ctx.actor.assignments.some((a) => a.role === 'committee_admin' && a.orgPath.split('/').filter(Boolean).length === 1);
  if (!atRoot) throw new AppError('FORBIDDEN');
  // One writer at a time per year, so two saves cannot take the same version number.
  await ex.execute(sql`SELECT pg_advisory_xact_lock(727010, ${input.year})`);
  const before = await rulesForYear(ex, input.year);
  const last = await one<{ v: number }>(ex, sql`SELECT coalesce(max(version), 0)::int AS v FROM frequency_rule_set WHERE year = ${input.year}`);
  const version = (last?.v ?? 0) + 1;
  await ex.execute(sql`INSERT INTO frequency_rule_set (id, year, version, rules, note, created_by)
    VALUES (${newId()}, ${input.year}, ${version}, ${JSON.stringify(input.rules)}::jsonb, ${input.note ?? null}, ${ctx.actor.accountId})`);
  await recordAudit(ex, auditActor(ctx), {
    action: 'orglife.frequency_rules',
    entityType: 'frequency_rule_set',
    entityId: `${input.year}v${version}`,
    before: { version: before.version, rules: before.rules },
    after: { version, rules: input.rules, note: input.note ?? null },
  });
  return { version };
}
