import { describe, expect, it } from 'vitest';
import { DEFAULT_FREQUENCY_RULES } from './frequency-rules';
import { draftPlan, firstFriday } from './plan-template';

describe('annual plan draft', () => {
  it.each([
    [2026, 11, '2026-11-06'],
    [2026, 5, '2026-05-01'],
    [2027, 1, '2027-01-01'],
    [2026, 2, '2026-02-06'],
  ])('first Friday of %i-%i is %s', (y, m, d) => expect(firstFriday(y, m)).toBe(d));

  it('plans 12 theme days, 12 committee meetings, 4 general meetings and lessons, and the yearly meetings for a branch with a committee', () => {
    const plan = draftPlan(DEFAULT_FREQUENCY_RULES, { type: 'branch', hasCommittee: true }, 2026);
    const count = (t: string) => plan.filter((p) => p.meetingType === t).length;
    expect([count('theme_day'), count('committee_meeting'), count('general_meeting'), count('party_lesson')]).toEqual([12, 12, 4, 4]);
    expect(plan.filter((p) => p.month === 12).map((p) => p.meetingType).sort()).toEqual(
      ['appraisal_meeting', 'committee_meeting', 'life_meeting', 'theme_day'].sort(),
    );
    expect(plan.find((p) => p.month === 11 && p.meetingType === 'theme_day')).toMatchObject({ title: '11月主题党日', plannedOn: '2026-11-06' });
  });

  it('leaves out committee meetings without a committee and plans only group meetings for a group', () => {
    expect(draftPlan(DEFAULT_FREQUENCY_RULES, { type: 'branch', hasCommittee: false }, 2026).some((p) => p.meetingType === 'committee_meeting')).toBe(false);
    expect(new Set(draftPlan(DEFAULT_FREQUENCY_RULES, { type: 'group', hasCommittee: false }, 2026).map((p) => p.meetingType))).toEqual(
      new Set(['group_meeting']),
    );
  });
});
