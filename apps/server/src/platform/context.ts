import type { Actor } from './access';
import type { AuditActor } from './audit';

/** What every use case gets besides its input: who acts, from where, and the installation's calendar. */
export type RequestContext = {
  actor: Actor;
  ip: string | null;
  timeZone: string;
};

export function auditActor(ctx: RequestContext): AuditActor {
  return { accountId: ctx.actor.accountId, name: ctx.actor.displayName, ip: ctx.ip };
}
