import { RATER_GROUP_VALUES, type RaterGroup } from '@zhibu/shared';
import { seededShuffle } from './seeded-shuffle';

// Who rates whom in a round. For each ratee:
// - self: the ratee;
// - peer: every other member of the branch, or a sample of `peerSample`. The sample is balanced: a
//   seeded shuffle seats the members in a circle and each ratee is rated by the next n members, so
//   everyone is asked to rate n colleagues (not 2n for some and none for others) and the same seed
//   gives the same circle again;
// - staff: the given non-member colleagues (ids that are also members are dropped: members rate as
//   peers, under their name);
// - branch: the committee members, except the ratee (their own view is the self rating).
// No one is assigned to rate themselves except as `self`. Staff rows exist to issue tokens; the
// integrator should not keep the staff id next to the token or the score (anonymity).

export type RaterAssignment = { rateeId: string; group: RaterGroup; raterId: string };

export type AssignOptions = {
  committee?: readonly string[];
  /** Groups to assign; usually activeRaterGroups(template). Default: all four. */
  groups?: readonly RaterGroup[];
  /** Peers per ratee; absent (or not below the number of other members) means all. */
  peerSample?: number;
  /** Seed of the peer sample, stored with the round so the draw can be repeated. */
  seed?: string;
  /** Who is rated; default every member (e.g. leave out members exempted by a branch decision). */
  ratees?: readonly string[];
};

export function assignRaters(
  members: readonly string[],
  staff: readonly string[],
  options: AssignOptions = {},
): RaterAssignment[] {
  const roster = unique(members);
  const groups = new Set(options.groups ?? RATER_GROUP_VALUES);
  const memberSet = new Set(roster);
  const staffOnly = unique(staff).filter((s) => !memberSet.has(s));
  const committee = unique(options.committee ?? []);
  const peersOf = peerPicker(roster, options.peerSample, options.seed ?? '');

  const rows: RaterAssignment[] = [];
  for (const rateeId of unique(options.ratees ?? roster)) {
    const add = (group: RaterGroup, raters: readonly string[]) => {
      if (!groups.has(group)) return;
      for (const raterId of raters) if (raterId !== rateeId) rows.push({ rateeId, group, raterId });
    };
    if (groups.has('self')) rows.push({ rateeId, group: 'self', raterId: rateeId });
    add('peer', peersOf(rateeId));
    add('staff', staffOnly);
    add('branch', committee);
  }
  return rows;
}

function peerPicker(
  roster: readonly string[],
  sample: number | undefined,
  seed: string,
): (ratee: string) => string[] {
  const everyone = (ratee: string) => roster.filter((m) => m !== ratee);
  if (sample === undefined || sample >= roster.length - 1) return everyone;
  const n = Math.max(0, Math.floor(sample));
  const circle = seededShuffle(roster, seed);
  const seat = new Map(circle.map((m, i) => [m, i]));
  const order = new Map(roster.map((m, i) => [m, i]));
  return (ratee) => {
    const at = seat.get(ratee);
    // A ratee outside the branch roster has no seat: take the first n of the circle.
    const picked =
      at === undefined
        ? circle.filter((m) => m !== ratee).slice(0, n)
        : Array.from({ length: n }, (_, k) => circle[(at + 1 + k) % circle.length] as string);
    return picked.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  };
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
