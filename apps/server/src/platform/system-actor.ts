import { buildActor, type Actor } from './access';
import type { RequestContext } from './context';

export const SYSTEM_ACCOUNT_ID = '00000000-0000-0000-0000-000000000000';

/** The actor used by set-up, seeding and maintenance scripts: committee administrator at the root. */
export function systemContext(root: { id: string; path: string; name: string }, timeZone: string): RequestContext {
  const actor: Actor = buildActor({
    accountId: SYSTEM_ACCOUNT_ID,
    username: 'system',
    displayName: '系统',
    personId: null,
    assignments: [{ id: SYSTEM_ACCOUNT_ID, role: 'committee_admin', orgNodeId: root.id, orgPath: root.path, orgName: root.name }],
  });
  return { actor, ip: null, timeZone };
}
