import { maskIdNumber, type Permission } from '@zhibu/shared';
import { sql, type SQL } from 'drizzle-orm';
import { can, scopePaths, type Actor } from '../../platform/access';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { getPortraitRow, peopleFacts, type PersonFacts, type PortraitRow } from './talent.repository';

// Who may see and change what in talent profiles. A person's talent records follow the person's
// organisation: inside the actor's talent:read / talent:manage scope, or 404 (scope cannot be probed).
// A portrait belongs to the org that keeps it: that org's managers edit it, everyone in its subtree and
// above may read it, and it applies to the people of its subtree only.

/** True when the org path lies inside the actor's scope for `permission` (the same rule as `inScope`). */
export function pathInScope(actor: Actor, permission: Permission, path: string): boolean {
  return scopePaths(actor, permission).some((root) => path.startsWith(root));
}

/** A person inside the actor's scope for `permission`, or 404. */
export async function personInScope(ex: Executor, ctx: RequestContext, personId: string, permission: Permission): Promise<PersonFacts> {
  const person = (await peopleFacts(ex, [personId])).get(personId);
  if (!person || !pathInScope(ctx.actor, permission, person.orgPath)) throw notFound();
  return person;
}

/** The actor's own person record (members read their own talent data), or 404. */
export async function ownPerson(ex: Executor, ctx: RequestContext): Promise<PersonFacts> {
  const id = ctx.actor.personId;
  const person = id ? (await peopleFacts(ex, [id])).get(id) : undefined;
  if (!person) throw notFound();
  return person;
}

/** Scoring, tiering and pooling oneself is refused: the branch decides about its members, not about itself. */
export function refuseOwn(ctx: RequestContext, personId: string): void {
  if (ctx.actor.personId === personId) throw new AppError('TALENT_OWN_ENTRY');
}

/**
 * Portraits an actor may read (`s` is the keeping org): those kept inside their subtrees, and those kept
 * above them, which are the ones that apply to their people.
 */
export function visiblePortraits(actor: Actor, permission: Permission): SQL {
  const roots = scopePaths(actor, permission);
  if (roots.length === 0) return sql`false`;
  return sql`(${sql.join(
    roots.map((r) => sql`(s.path LIKE ${`${r}%`} OR ${r} LIKE s.path || '%')`),
    sql` OR `,
  )})`;
}

function portraitVisible(actor: Actor, permission: Permission, p: PortraitRow): boolean {
  return scopePaths(actor, permission).some((r) => p.scopePath.startsWith(r) || r.startsWith(p.scopePath));
}

/** A portrait the actor may read, or 404. */
export async function readablePortrait(ex: Executor, ctx: RequestContext, id: string): Promise<PortraitRow> {
  const p = await getPortraitRow(ex, id);
  if (!p || !portraitVisible(ctx.actor, 'talent:read', p)) throw notFound();
  return p;
}

/** A portrait the actor keeps (its org inside their talent:manage scope), or 404 (403 when merely readable). */
export async function managedPortrait(ex: Executor, ctx: RequestContext, id: string, lock = false): Promise<PortraitRow> {
  const p = await getPortraitRow(ex, id, lock);
  if (!p || !portraitVisible(ctx.actor, 'talent:read', p)) throw notFound();
  if (!pathInScope(ctx.actor, 'talent:manage', p.scopePath)) throw new AppError('OUT_OF_SCOPE');
  return p;
}

/** The portrait applies to the person: it is kept by their organisation or one above it. */
export function requireApplicable(portrait: PortraitRow, person: PersonFacts): void {
  if (!person.orgPath.startsWith(portrait.scopePath)) throw new AppError('TALENT_PORTRAIT_NOT_APPLICABLE');
}

/** A portrait a person may see their own match against: one that applies to them. */
export async function ownPortrait(ex: Executor, person: PersonFacts, id: string): Promise<PortraitRow> {
  const p = await getPortraitRow(ex, id);
  if (!p || !person.orgPath.startsWith(p.scopePath)) throw notFound();
  return p;
}

/** ID numbers in lists: shown in full only where the actor may read sensitive data of the person's org. */
export function idNumberFor(actor: Actor, person: Pick<PersonFacts, 'idNumber' | 'orgPath' | 'id'>): string | null {
  const reveal =
    actor.personId === person.id || (can(actor, 'person:read-sensitive') && pathInScope(actor, 'person:read-sensitive', person.orgPath));
  return reveal ? person.idNumber : maskIdNumber(person.idNumber);
}

/** A person as talent lists show them: name and organisation; the ID number masked unless allowed. */
export function presentPerson(actor: Actor, p: PersonFacts) {
  return {
    id: p.id,
    name: p.name,
    orgNodeId: p.orgNodeId,
    orgName: p.orgName,
    jobPost: p.jobPost,
    birthDate: p.birthDate,
    partyStatus: p.partyStatus,
    idNumber: idNumberFor(actor, p),
  };
}
