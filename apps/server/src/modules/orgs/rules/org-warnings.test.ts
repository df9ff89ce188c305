import { describe, expect, it } from 'vitest';
import { orgWarnings, type OrgFacts } from './org-warnings';

const TODAY = '2026-11-21';
const branch = (o: Partial<OrgFacts>): OrgFacts => ({
  type: 'branch',
  fullMembers: 10,
  members: 11,
  committeeSize: 4,
  hasSecretary: true,
  termEndsOn: '2028-06-30',
  ...o,
});
const codes = (o: OrgFacts) => orgWarnings(o, TODAY).map((w) => w.code);

describe('organisation warnings (domain-rules §1.1, §1.3)', () => {
  it.each<[string, Partial<OrgFacts>, string[]]>([
    ['a healthy branch', {}, []],
    ['2 full members (probationary ones do not count)', { fullMembers: 2, members: 6 }, ['BRANCH_TOO_FEW_FULL_MEMBERS']],
    ['exactly 3 full members', { fullMembers: 3, members: 3, committeeSize: 0 }, []],
    ['7 full members, no committee', { fullMembers: 7, members: 7, committeeSize: 1 }, ['BRANCH_NEEDS_COMMITTEE']],
    ['6 full members, no committee needed', { fullMembers: 6, members: 9, committeeSize: 1 }, []],
    ['7 full members with a 3-person committee', { fullMembers: 7, members: 7, committeeSize: 3 }, []],
    ['51 members incl. probationary', { fullMembers: 45, members: 51 }, ['BRANCH_TOO_LARGE']],
    ['exactly 50 members', { fullMembers: 45, members: 50 }, []],
    ['term ends in 5 months', { termEndsOn: '2027-04-21' }, ['TERM_ENDING_SOON']],
    ['term ends in exactly 6 months', { termEndsOn: '2027-05-21' }, ['TERM_ENDING_SOON']],
    ['term ends in 6 months and a day', { termEndsOn: '2027-05-22' }, []],
    ['term ends today', { termEndsOn: TODAY }, ['TERM_ENDING_SOON']],
    ['term ended yesterday', { termEndsOn: '2026-11-20' }, ['TERM_OVERDUE']],
    ['no secretary', { hasSecretary: false }, ['SECRETARY_VACANT']],
  ])('%s', (_name, facts, expected) => {
    expect(codes(branch(facts))).toEqual(expected);
  });

  it('applies member-count rules to branches only, and no term rules to Party groups', () => {
    expect(codes(branch({ type: 'general_branch', fullMembers: 1, members: 120 }))).toEqual([]);
    expect(codes(branch({ type: 'group', hasSecretary: false, termEndsOn: '2020-01-01' }))).toEqual([]);
  });

  it('marks an overdue term red and the others yellow', () => {
    const ws = orgWarnings(branch({ termEndsOn: '2025-01-01', fullMembers: 2 }), TODAY);
    expect(ws.find((w) => w.code === 'TERM_OVERDUE')?.severity).toBe('red');
    expect(ws.find((w) => w.code === 'BRANCH_TOO_FEW_FULL_MEMBERS')?.severity).toBe('yellow');
  });
});
