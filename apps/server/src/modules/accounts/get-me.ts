import type { Actor } from '../../platform/access';
import { CSRF_HEADER } from '../../platform/session';

export function presentMe(actor: Actor, s: { csrfToken: string; mustChangePassword: boolean; demo: boolean }) {
  return {
    user: { id: actor.accountId, username: actor.username, displayName: actor.displayName, personId: actor.personId },
    roles: actor.assignments.map((a) => ({ id: a.id, role: a.role, orgNodeId: a.orgNodeId, orgName: a.orgName })),
    permissions: [...actor.permissions],
    csrfToken: s.csrfToken,
    csrfHeader: CSRF_HEADER,
    mustChangePassword: s.mustChangePassword,
    demo: s.demo,
  };
}
