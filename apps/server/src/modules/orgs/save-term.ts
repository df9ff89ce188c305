import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { requireOrgsInScope } from '../../platform/access';
import { auditActor, type RequestContext } from '../../platform/context';
import { one, type Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { placementsOf } from '../people/index';
import { getOrgRow } from './orgs.repository';
import type { TermInput } from './orgs.schemas';

/**
 * Records a committee term (届期) and its posts. Without termId a new term opens and the previous open
 * term closes the day before; with termId an existing term is corrected (its posts replaced).
 */
export async function saveTerm(
  ex: Executor,
  ctx: RequestContext,
  orgId: string,
  input: TermInput,
  termId?: string,
): Promise<{ id: string }> {
  await requireOrgsInScope(ex, ctx.actor, 'org:write', [orgId]);
  const org = await getOrgRow(ex, orgId, { forUpdate: true });
  if (!org) throw notFound();
  if (org.dissolvedAt) throw new AppError('ORG_DISSOLVED');
  if (input.endsOn <= input.startsOn) throw new AppError('TERM_DATES_INVALID');
  // Post holders must be people the actor can see (placed anywhere inside the actor's scope).
  const placements = await placementsOf(ex, input.posts.map((p) => p.personId));
  if (placements.size !== new Set(input.posts.map((p) => p.personId)).size) throw notFound();
  await requireOrgsInScope(ex, ctx.actor, 'org:write', [...placements.values()]);

  let id = termId;
  let before: Record<string, unknown> | null = null;
  if (id) {
    const existing = await one<{ id: string; startsOn: string; endsOn: string }>(
      ex,
      sql`SELECT id, starts_on AS "startsOn", ends_on AS "endsOn" FROM committee_term WHERE id = ${id} AND org_node_id = ${orgId}`,
    );
    if (!existing) throw notFound();
    before = existing;
    await ex.execute(sql`UPDATE committee_term SET starts_on = ${input.startsOn}, ends_on = ${input.endsOn},
      elected_on = ${input.electedOn ?? null}, note = ${input.note ?? null} WHERE id = ${id}`);
    await ex.execute(sql`DELETE FROM committee_post WHERE term_id = ${id}`);
  } else {
    id = newId();
    await ex.execute(sql`UPDATE committee_post SET to_on = ${input.startsOn}
      WHERE org_node_id = ${orgId} AND to_on IS NULL`);
    await ex.execute(sql`UPDATE committee_term SET closed_on = ${input.startsOn}
      WHERE org_node_id = ${orgId} AND closed_on IS NULL`);
    await ex.execute(sql`INSERT INTO committee_term (id, org_node_id, starts_on, ends_on, elected_on, note)
      VALUES (${id}, ${orgId}, ${input.startsOn}, ${input.endsOn}, ${input.electedOn ?? null}, ${input.note ?? null})`);
  }
  for (const p of input.posts) {
    await ex.execute(sql`INSERT INTO committee_post (id, term_id, org_node_id, person_id, post, from_on)
      VALUES (${newId()}, ${id}, ${orgId}, ${p.personId}, ${p.post}, ${input.startsOn})`);
  }
  await recordAudit(ex, auditActor(ctx), {
    action: termId ? 'org.term.update' : 'org.term.create',
    entityType: 'committee_term',
    entityId: id,
    before,
    after: { orgId, ...input },
  });
  return { id };
}
