import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { todayIn } from '../../platform/clock';
import { auditActor, type RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { personInScope, readablePortrait, refuseOwn, requireApplicable } from './talent-access';

export type ScoresInput = {
  portraitId: string;
  scoredOn: string;
  scores: { code: string; score: number }[];
  note?: string | null;
};

/**
 * The branch records a person's scores (0..100) against some or all of a portrait's indicators, with
 * the day and who scored. Earlier scores stay as history; the latest per indicator counts.
 */
export async function recordScores(ex: Executor, ctx: RequestContext, personId: string, input: ScoresInput): Promise<{ count: number }> {
  const person = await personInScope(ex, ctx, personId, 'talent:manage');
  refuseOwn(ctx, person.id);
  const portrait = await readablePortrait(ex, ctx, input.portraitId);
  requireApplicable(portrait, person);
  if (input.scoredOn > todayIn(ctx.timeZone)) throw new AppError('TALENT_DATE_IN_FUTURE');
  const codes = new Set(portrait.definition.indicators.map((i) => i.code));
  const unknown = input.scores.find((s) => !codes.has(s.code));
  if (unknown) throw new AppError('TALENT_INDICATOR_UNKNOWN', { code: unknown.code });
  const seen = new Set<string>();
  for (const s of input.scores) {
    if (seen.has(s.code)) throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'scores', message: `duplicate_code:${s.code}` }] });
    seen.add(s.code);
  }
  const values = sql.join(
    input.scores.map(
      (s) =>
        sql`(${newId()}, ${person.id}::uuid, ${portrait.id}::uuid, ${s.code}, ${s.score}::numeric, ${input.scoredOn}::date, ${input.note ?? null}, ${ctx.actor.accountId}::uuid)`,
    ),
    sql`, `,
  );
  await ex.execute(sql`INSERT INTO talent_score (id, person_id, portrait_id, indicator_code, score, scored_on, note, scored_by) VALUES ${values}`);
  await recordAudit(ex, auditActor(ctx), {
    action: 'talent_score.record',
    entityType: 'person',
    entityId: person.id,
    after: { portraitId: portrait.id, portraitCode: portrait.code, scoredOn: input.scoredOn, scores: input.scores, note: input.note ?? null },
  });
  return { count: input.scores.length };
}
