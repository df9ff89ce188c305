import { describe, expect, it } from 'vitest';
import { talkCoverage } from './talk-coverage';

describe('谈心谈话 coverage', () => {
  const committee = ['书记', '组织', '宣传'];
  const members = ['书记', '组织', '宣传', '甲', '乙'];

  it('needs every committee pair and every member with some committee member', () => {
    const c = talkCoverage(committee, members, []);
    expect(c.required).toBe(3 + 2);
    expect(c.covered).toBe(0);
    expect(c.missingMembers).toEqual(['甲', '乙']);
  });

  it('counts talks in either direction, once per pair however many times they talked', () => {
    const c = talkCoverage(committee, members, [
      { a: '书记', b: '组织' },
      { a: '宣传', b: '书记' },
      { a: '组织', b: '宣传' },
      { a: '甲', b: '组织' },
      { a: '甲', b: '组织' },
    ]);
    expect(c.missingCommitteePairs).toEqual([]);
    expect(c.missingMembers).toEqual(['乙']);
    expect(c.members.find((m) => m.personId === '甲')).toEqual({ personId: '甲', talks: 2, with: ['组织'] });
    expect(c.covered).toBe(4);
  });

  it('does not count member-to-member talks towards coverage', () => {
    const c = talkCoverage(committee, members, [{ a: '甲', b: '乙' }]);
    expect(c.missingMembers).toEqual(['甲', '乙']);
  });

  it('is trivially complete for a branch with only a secretary and no other members', () => {
    expect(talkCoverage(['书记'], ['书记'], [])).toMatchObject({ required: 0, covered: 0 });
  });
});
