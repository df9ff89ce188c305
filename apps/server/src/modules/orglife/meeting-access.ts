import type { Permission } from '@zhibu/shared';
import { orgsInScope } from '../../platform/access';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { getMeetingRow, type MeetingRow } from './meetings.repository';

/** Loads a meeting the actor may act on with `permission`; out of scope reads as not found. */
export async function meetingInScope(
  ex: Executor,
  ctx: RequestContext,
  id: string,
  permission: Permission,
  opts: { forUpdate?: boolean; version?: number } = {},
): Promise<MeetingRow> {
  const m = await getMeetingRow(ex, id, opts.forUpdate);
  if (!m) throw notFound();
  if (!(await orgsInScope(ex, ctx.actor, permission, [m.orgNodeId])).has(m.orgNodeId)) {
    const readable = (await orgsInScope(ex, ctx.actor, 'meeting:read', [m.orgNodeId])).has(m.orgNodeId);
    throw readable ? new AppError('FORBIDDEN') : notFound();
  }
  if (opts.version !== undefined && m.version !== opts.version) throw new AppError('CONFLICT');
  return m;
}
