import type { Executor } from '../../platform/db';
import { committeeOn } from '../orgs/index';
import type { MeetingRow } from './meetings.repository';
import { committeeMeetingValidity, generalMeetingValidity, type Validity } from './rules/meeting-validity';

type Att = { personId: string; expected: boolean; voting: boolean; status: string };
type Res = { text: string; yes: number; no: number; abstain: number; writtenYes: number };

/**
 * Validity of a held sitting for each decision-making type it includes; null when it includes none.
 * A 支委会 counts the committee on the meeting date; a 党员大会 counts the voting members expected.
 */
export async function validityFor(ex: Executor, m: MeetingRow, attendance: readonly Att[], resolutions: readonly Res[]): Promise<Validity | null> {
  if (!m.heldOn) return null;
  const failures: Validity['failures'] = [];
  const present = new Set(attendance.filter((a) => a.status === 'present').map((a) => a.personId));
  if (m.types.includes('general_meeting')) {
    const voters = attendance.filter((a) => a.expected && a.voting);
    const r = generalMeetingValidity({
      voters: voters.length,
      presentVoters: voters.filter((v) => present.has(v.personId)).length,
      resolutions: resolutions.map((x) => ({ label: x.text.slice(0, 30), ...x })),
    });
    failures.push(...r.failures);
  }
  if (m.types.includes('committee_meeting')) {
    const committee = await committeeOn(ex, m.orgNodeId, m.heldOn);
    const r = committeeMeetingValidity({
      committee: committee.length,
      presentCommittee: committee.filter((c) => present.has(c.personId)).length,
    });
    failures.push(...r.failures);
  }
  if (!m.types.includes('general_meeting') && !m.types.includes('committee_meeting')) return null;
  return { valid: failures.length === 0, failures };
}
