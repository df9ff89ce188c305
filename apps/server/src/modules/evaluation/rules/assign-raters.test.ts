import type { RaterGroup } from '@zhibu/shared';
import { describe, expect, it } from 'vitest';
import { type AssignOptions, assignRaters, type RaterAssignment } from './assign-raters';

const MEMBERS = ['m1', 'm2', 'm3'];
const SIX = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'];

/** "ratee:group:rater,rater" lines, for readable expectations. */
function lines(rows: RaterAssignment[]): string[] {
  const by = new Map<string, string[]>();
  for (const r of rows) {
    const key = `${r.rateeId}:${r.group}`;
    by.set(key, [...(by.get(key) ?? []), r.raterId]);
  }
  return [...by].map(([k, v]) => `${k}:${v.join(',')}`);
}

describe('assignRaters', () => {
  it.each<[string, string[], string[], AssignOptions, string[]]>([
    [
      'every group, committee member rated',
      MEMBERS,
      ['s1', 's2'],
      { committee: ['m1'] },
      [
        'm1:self:m1',
        'm1:peer:m2,m3',
        'm1:staff:s1,s2',
        'm2:self:m2',
        'm2:peer:m1,m3',
        'm2:staff:s1,s2',
        'm2:branch:m1',
        'm3:self:m3',
        'm3:peer:m1,m2',
        'm3:staff:s1,s2',
        'm3:branch:m1',
      ],
    ],
    [
      'only the groups asked for',
      MEMBERS,
      ['s1'],
      { committee: ['m1'], groups: ['peer', 'branch'] },
      ['m1:peer:m2,m3', 'm2:peer:m1,m3', 'm2:branch:m1', 'm3:peer:m1,m2', 'm3:branch:m1'],
    ],
    [
      'a member on the staff list rates as a peer only, duplicates go',
      ['m1', 'm2'],
      ['s1', 'm2', 's1'],
      { groups: ['staff'] },
      ['m1:staff:s1', 'm2:staff:s1'],
    ],
    [
      'chosen ratees only',
      MEMBERS,
      [],
      { ratees: ['m2'], groups: ['self', 'peer'] },
      ['m2:self:m2', 'm2:peer:m1,m3'],
    ],
    ['a one-member branch has no peers', ['m1'], [], { groups: ['self', 'peer'] }, ['m1:self:m1']],
    [
      'a sample as large as the branch takes everyone',
      MEMBERS,
      [],
      { groups: ['peer'], peerSample: 2, seed: 'x' },
      ['m1:peer:m2,m3', 'm2:peer:m1,m3', 'm3:peer:m1,m2'],
    ],
    [
      'a sample of 0 takes no one',
      MEMBERS,
      [],
      { groups: ['self', 'peer'], peerSample: 0 },
      ['m1:self:m1', 'm2:self:m2', 'm3:self:m3'],
    ],
    ['nobody to rate', [], ['s1'], {}, []],
  ])('%s', (_name, members, staff, options, expected) => {
    expect(lines(assignRaters(members, staff, options))).toEqual(expected);
  });

  it.each<[string, string[], string[], AssignOptions]>([
    ['all groups', SIX, ['s1', 'm3'], { committee: ['m1', 'm2', 'm3'] }],
    ['sampled peers', SIX, [], { committee: SIX, peerSample: 3, seed: '2025' }],
    ['duplicated members', ['m1', 'm1', 'm2'], [], { committee: ['m1'] }],
  ])('never assigns anyone to rate themselves except as self: %s', (_name, members, staff, options) => {
    const rows = assignRaters(members, staff, options);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.raterId === r.rateeId, JSON.stringify(r)).toBe(r.group === 'self');
    const keys = rows.map((r) => `${r.rateeId}:${r.group}:${r.raterId}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  describe('peer sample', () => {
    const peers = (seed: string, n = 2) => assignRaters(SIX, [], { groups: ['peer'], peerSample: n, seed });
    const count = (rows: RaterAssignment[], key: 'rateeId' | 'raterId', id: string) =>
      rows.filter((r) => r[key] === id).length;

    it.each([1, 2, 3, 4])('gives every ratee %i peers and asks every member to rate as many', (n) => {
      const rows = peers('2025-Q2', n);
      for (const m of SIX) {
        expect(count(rows, 'rateeId', m), `${m} rated by`).toBe(n);
        expect(count(rows, 'raterId', m), `${m} rates`).toBe(n);
      }
    });

    it('draws the same sample for the same seed', () => {
      expect(peers('2025-Q2')).toEqual(peers('2025-Q2'));
    });

    it('draws differently for other seeds', () => {
      const draws = new Set(['a', 'b', 'c', 'd', 'e', 'f'].map((s) => JSON.stringify(peers(s))));
      expect(draws.size).toBeGreaterThan(1);
    });

    it('lists each ratee’s peers in roster order', () => {
      const rows = peers('z', 3);
      for (const m of SIX) {
        const raters = rows.filter((r) => r.rateeId === m).map((r) => r.raterId);
        expect(raters).toEqual([...raters].sort());
      }
    });

    it('samples for a ratee outside the roster without picking them', () => {
      const rows = assignRaters(SIX, [], { groups: ['peer'], peerSample: 2, seed: 's', ratees: ['x9'] });
      expect(rows).toHaveLength(2);
      expect(rows.every((r) => r.rateeId === 'x9' && SIX.includes(r.raterId))).toBe(true);
    });
  });

  it('orders rows by ratee, then self, peer, staff, branch', () => {
    const groups = assignRaters(['m1', 'm2'], ['s1'], { committee: ['m2'] })
      .filter((r) => r.rateeId === 'm1')
      .map((r) => r.group);
    expect(groups).toEqual<RaterGroup[]>(['self', 'peer', 'staff', 'branch']);
  });
});
