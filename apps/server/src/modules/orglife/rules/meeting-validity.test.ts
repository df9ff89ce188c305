import { describe, expect, it } from 'vitest';
import { committeeMeetingValidity, generalMeetingValidity, moreThanHalf } from './meeting-validity';

describe('more than half', () => {
  it.each([
    [1, 1],
    [2, 2],
    [3, 2],
    [4, 3],
    [7, 4],
    [10, 6],
    [11, 6],
    [50, 26],
  ])('of %i is %i', (n, m) => expect(moreThanHalf(n)).toBe(m));
});

describe('支部党员大会 validity', () => {
  it.each<[string, number, number, [number, number, number, number?][], string[]]>([
    ['10 voters, 6 present, 6 yes', 10, 6, [[6, 0, 0]], []],
    ['10 voters, 5 present: no quorum', 10, 5, [], ['GENERAL_MEETING_QUORUM']],
    ['10 voters, 9 present, 5 yes: half of 应到 is not enough', 10, 9, [[5, 4, 0]], ['RESOLUTION_NOT_PASSED']],
    ['10 voters, 9 present, 6 yes of 应到 passes even though 3 oppose', 10, 9, [[6, 3, 0]], []],
    ['10 voters, 7 present, 5 yes + 1 written opinion passes', 10, 7, [[5, 2, 0, 1]], []],
    ['11 voters, 6 present, 6 yes', 11, 6, [[6, 0, 0]], []],
    ['more votes cast than voters present', 10, 6, [[6, 1, 0]], ['VOTES_EXCEED_PRESENT']],
    ['no voters at all', 0, 0, [], ['GENERAL_MEETING_QUORUM']],
  ])('%s', (_n, voters, presentVoters, tallies, expected) => {
    const r = generalMeetingValidity({
      voters,
      presentVoters,
      resolutions: tallies.map(([yes, no, abstain, writtenYes], i) => ({ label: `决议${i + 1}`, yes, no, abstain, writtenYes })),
    });
    expect(r.failures.map((f) => f.rule)).toEqual(expected);
    expect(r.valid).toBe(expected.length === 0);
  });
});

describe('支委会 validity', () => {
  it.each([
    [5, 3, true],
    [5, 2, false],
    [4, 2, false],
    [4, 3, true],
    [3, 2, true],
    [0, 0, false],
  ])('%i members, %i present → valid %s', (committee, presentCommittee, valid) => {
    expect(committeeMeetingValidity({ committee, presentCommittee }).valid).toBe(valid);
  });
});
