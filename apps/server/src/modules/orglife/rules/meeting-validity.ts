// Validity of decision meetings (支部工作条例; domain-rules §1.4). Pure functions: the meeting record
// supplies the counts, the result names the rule that failed.

export type VoteTally = { label: string; yes: number; no: number; abstain: number; writtenYes?: number };

export type ValidityFailure =
  | { rule: 'GENERAL_MEETING_QUORUM'; required: number; present: number; voters: number }
  | { rule: 'RESOLUTION_NOT_PASSED'; label: string; required: number; yes: number; voters: number }
  | { rule: 'COMMITTEE_QUORUM'; required: number; present: number; committee: number }
  | { rule: 'VOTES_EXCEED_PRESENT'; label: string; cast: number; present: number };

export type Validity = { valid: boolean; failures: ValidityFailure[] };

/** Smallest whole number strictly greater than half of n. */
export function moreThanHalf(n: number): number {
  return Math.floor(n / 2) + 1;
}

/**
 * 支部党员大会: a vote needs more than half of the members with voting rights present; a motion passes
 * when its yes-votes exceed half of those with voting rights who should attend (应到会), not of those
 * present. Written opinions of absent members, submitted beforehand, count in the tally (recruitment
 * votes). Members excluded from the quorum with approval are not among the voters.
 */
export function generalMeetingValidity(input: {
  /** Members with voting rights who should attend (full members, less approved quorum exclusions). */
  voters: number;
  /** Of those, how many were present. */
  presentVoters: number;
  resolutions: readonly VoteTally[];
}): Validity {
  const failures: ValidityFailure[] = [];
  const quorum = moreThanHalf(input.voters);
  if (input.voters === 0 || input.presentVoters < quorum) {
    failures.push({ rule: 'GENERAL_MEETING_QUORUM', required: quorum, present: input.presentVoters, voters: input.voters });
  }
  for (const r of input.resolutions) {
    const cast = r.yes + r.no + r.abstain;
    if (cast > input.presentVoters) {
      failures.push({ rule: 'VOTES_EXCEED_PRESENT', label: r.label, cast, present: input.presentVoters });
    }
    const yes = r.yes + (r.writtenYes ?? 0);
    if (yes < quorum) {
      failures.push({ rule: 'RESOLUTION_NOT_PASSED', label: r.label, required: quorum, yes, voters: input.voters });
    }
  }
  return { valid: failures.length === 0, failures };
}

/** 支委会: valid only if more than half of the committee members are present. */
export function committeeMeetingValidity(input: { committee: number; presentCommittee: number }): Validity {
  const required = moreThanHalf(input.committee);
  if (input.committee === 0 || input.presentCommittee < required) {
    return {
      valid: false,
      failures: [{ rule: 'COMMITTEE_QUORUM', required, present: input.presentCommittee, committee: input.committee }],
    };
  }
  return { valid: true, failures: [] };
}
