import { describe, expect, it } from 'vitest';
import { monthlyCompliance, type OrgComplianceInput } from './compliance';
import { DEFAULT_FREQUENCY_RULES, periodMonths } from './frequency-rules';

const every = (n: number) => Array.from({ length: 12 }, () => n);
const only = (months: number[]) => Array.from({ length: 12 }, (_, i) => (months.includes(i + 1) ? 1 : 0));
const fullBranch: OrgComplianceInput = {
  type: 'branch',
  hasCommittee: true,
  counts: {
    general_meeting: only([3, 6, 9, 12]),
    committee_meeting: every(1),
    party_lesson: only([2, 5, 8, 11]),
    theme_day: every(1),
    life_meeting: only([12]),
    appraisal_meeting: only([12]),
  },
};
const statuses = (o: OrgComplianceInput, today: string, year = 2026) =>
  monthlyCompliance(o, DEFAULT_FREQUENCY_RULES, year, today).map((c) => c.status);

describe('periods', () => {
  it.each([
    ['month', 5, [5]],
    ['quarter', 5, [4, 5, 6]],
    ['half', 8, [7, 8, 9, 10, 11, 12]],
    ['year', 1, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
  ] as const)('%s containing month %i', (p, m, expected) => expect(periodMonths(p, m)).toEqual(expected));
});

describe('monthly compliance (defaults of domain-rules §1.5)', () => {
  it('is all green for a branch that held everything, judged at year end', () => {
    expect(statuses(fullBranch, '2027-01-15')).toEqual(Array(12).fill('green'));
  });

  it('names exactly the missing months and the missing quarter', () => {
    const o = {
      ...fullBranch,
      counts: { ...fullBranch.counts, committee_meeting: only([1, 2, 4, 5, 6, 7, 9, 10, 11, 12]), general_meeting: only([3, 9, 12]) },
    };
    const cells = monthlyCompliance(o, DEFAULT_FREQUENCY_RULES, 2026, '2027-01-15');
    const red = cells.filter((c) => c.status === 'red');
    expect(red.map((c) => c.month)).toEqual([3, 6, 8]);
    expect(cells[2]!.missing).toEqual([{ meetingType: 'committee_meeting', period: '2026-03', required: 1, held: 0 }]);
    expect(cells[5]!.missing).toEqual([{ meetingType: 'general_meeting', period: '2026Q2', required: 1, held: 0 }]);
  });

  it('shows the running month yellow until it is met, and later months as future', () => {
    const o = { ...fullBranch, counts: { ...fullBranch.counts, theme_day: only([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) } };
    const s = statuses(o, '2026-11-21');
    expect(s[10]).toBe('yellow');
    expect(s[11]).toBe('future');
    expect(s.slice(0, 10).every((x) => x === 'green')).toBe(true);
  });

  it('counts a general meeting held early in the quarter', () => {
    const o = { ...fullBranch, counts: { ...fullBranch.counts, general_meeting: only([1, 4, 7, 10]) } };
    expect(statuses(o, '2027-01-15')).toEqual(Array(12).fill('green'));
  });

  it('asks no committee meetings of a branch without a committee, and only group meetings of a group', () => {
    const noCommittee = { ...fullBranch, hasCommittee: false, counts: { ...fullBranch.counts, committee_meeting: every(0) } };
    expect(statuses(noCommittee, '2027-01-15')).toEqual(Array(12).fill('green'));
    const group: OrgComplianceInput = { type: 'group', hasCommittee: false, counts: { group_meeting: only([1, 2, 3]) } };
    expect(statuses(group, '2026-05-10')).toEqual(['green', 'green', 'green', 'red', 'yellow', ...Array(7).fill('future')]);
  });

  it('marks a committee (党委) without frequency rules as none', () => {
    expect(statuses({ type: 'committee', hasCommittee: true, counts: {} }, '2026-05-10')[0]).toBe('none');
  });
});
