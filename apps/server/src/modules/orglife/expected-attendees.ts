import type { Executor } from '../../platform/db';
import { committeeOn } from '../orgs/index';
import { membersOn } from '../people/index';
import type { MeetingType } from './rules/frequency-rules';

export type ExpectedAttendee = { personId: string; name: string; partyStatus: string; voting: boolean };

/**
 * Who should attend, from the roster on the meeting date: the members of the branch (or of the Party
 * group for a group meeting); only the committee for a committee-only sitting. Voting rights: full
 * members, less those excluded from the quorum with approval; every committee member in a 支委会.
 */
export async function expectedAttendees(
  ex: Executor,
  m: { orgNodeId: string; orgType: string; parentId?: string | null; types: readonly MeetingType[]; date: string },
): Promise<ExpectedAttendee[]> {
  const committeeOnly = m.types.every((t) => t === 'committee_meeting');
  if (committeeOnly) {
    const committee = await committeeOn(ex, m.orgNodeId, m.date);
    const members = await membersOn(ex, { orgNodeId: m.orgNodeId, date: m.date });
    const names = new Map(members.map((p) => [p.personId, p]));
    return committee.map((c) => ({
      personId: c.personId,
      name: names.get(c.personId)?.name ?? '',
      partyStatus: names.get(c.personId)?.partyStatus ?? 'full',
      voting: true,
    }));
  }
  const members =
    m.orgType === 'group'
      ? await membersOn(ex, { orgNodeId: m.parentId ?? m.orgNodeId, partyGroupId: m.orgNodeId, date: m.date })
      : await membersOn(ex, { orgNodeId: m.orgNodeId, date: m.date });
  return members.map((p) => ({
    personId: p.personId,
    name: p.name,
    partyStatus: p.partyStatus,
    voting: p.partyStatus === 'full' && !p.excludedFromQuorum,
  }));
}
