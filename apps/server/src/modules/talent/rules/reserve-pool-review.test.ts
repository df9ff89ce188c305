import { zReserveEntry, type ReserveEntry } from '@zhibu/shared';
import { describe, expect, it } from 'vitest';
import { TODAY } from './fixtures';
import {
  nextReviewAfter,
  reservePoolReview,
  reviewDueOn,
  reviewReserveEntry,
  type ReserveEntryFacts,
} from './reserve-pool-review';
import type { TalentPerson } from './types';

const CRITERIA = { minMatch: 75 };
const entry = (patch: Partial<ReserveEntry> & { id?: string } = {}) =>
  ({
    ...zReserveEntry.parse({ enteredOn: '2025-09-01', criteria: CRITERIA, ...patch }),
    id: patch.id ?? 'e',
  }) as ReserveEntry & {
    id: string;
  };
const strong: TalentPerson = { matchScore: 82, qualified: true, birthDate: '1995-01-01', credentials: [] };

describe('reviewDueOn', () => {
  it.each<[string, Partial<ReserveEntryFacts>, string]>([
    ['yearly after entry by default', {}, '2026-09-01'],
    ['yearly after the last review', { lastReviewedOn: '2026-03-10' }, '2027-03-10'],
    ['the agreed date wins', { nextReviewOn: '2026-06-30' }, '2026-06-30'],
    [
      'the agreed date wins over the last review before it',
      { lastReviewedOn: '2026-01-10', nextReviewOn: '2026-12-01' },
      '2026-12-01',
    ],
    [
      'a review held on or after the agreed date makes it stale',
      { lastReviewedOn: '2026-07-01', nextReviewOn: '2026-06-30' },
      '2027-07-01',
    ],
    ['a half-yearly pool', { reviewMonths: 6 }, '2026-03-01'],
    ['29 February plus a year is 28 February', { enteredOn: '2024-02-29' }, '2025-02-28'],
  ])('%s', (_name, patch, dueOn) => {
    expect(
      reviewDueOn({
        enteredOn: '2025-09-01',
        criteria: { minMatch: 0, requireQualified: false, anyCredential: [] },
        ...patch,
      }),
    ).toBe(dueOn);
  });

  it('dates the next review a year after a review by default', () => {
    expect(nextReviewAfter('2026-06-15')).toBe('2027-06-15');
    expect(nextReviewAfter('2026-06-15', 6)).toBe('2026-12-15');
  });
});

describe('reviewReserveEntry', () => {
  it.each<
    [
      string,
      Partial<ReserveEntry>,
      TalentPerson,
      { due: boolean; dueSoon: boolean; daysUntilDue: number; action: string },
    ]
  >([
    [
      'not due, still meets: keep',
      {},
      strong,
      { due: false, dueSoon: false, daysUntilDue: 78, action: 'keep' },
    ],
    [
      'due today: review',
      { nextReviewOn: TODAY },
      strong,
      { due: true, dueSoon: false, daysUntilDue: 0, action: 'review' },
    ],
    [
      'overdue by 10 days: review',
      { nextReviewOn: '2026-06-05' },
      strong,
      { due: true, dueSoon: false, daysUntilDue: -10, action: 'review' },
    ],
    [
      'due tomorrow: soon',
      { nextReviewOn: '2026-06-16' },
      strong,
      { due: false, dueSoon: true, daysUntilDue: 1, action: 'keep' },
    ],
    [
      'due in 30 days: soon',
      { nextReviewOn: '2026-07-15' },
      strong,
      { due: false, dueSoon: true, daysUntilDue: 30, action: 'keep' },
    ],
    [
      'due in 31 days: not yet soon',
      { nextReviewOn: '2026-07-16' },
      strong,
      { due: false, dueSoon: false, daysUntilDue: 31, action: 'keep' },
    ],
    [
      'below 75 and not due: still flagged',
      {},
      { ...strong, matchScore: 74 },
      { due: false, dueSoon: false, daysUntilDue: 78, action: 'suggest_removal' },
    ],
    [
      'gate failed and due: flagged',
      { nextReviewOn: TODAY },
      { ...strong, qualified: false },
      { due: true, dueSoon: false, daysUntilDue: 0, action: 'suggest_removal' },
    ],
  ])('%s', (_name, patch, person, expected) => {
    expect(reviewReserveEntry(entry(patch), person, TODAY)).toMatchObject(expected);
  });

  it('explains a suggested removal and never drops the entry', () => {
    const item = reviewReserveEntry(
      entry({ nextReviewOn: '2026-06-01' }),
      { ...strong, matchScore: 70 },
      TODAY,
    );
    expect(item.entry.id).toBe('e');
    expect(item.explanation.map((e) => e.zh)).toEqual([
      '复核日期 2026-06-01，已逾期 14 天',
      '已不符合入库条件，建议经复核后移出后备人才库（系统不会自动移出）',
      '岗位画像匹配度需 ≥ 75 分，当前 70 分（差 5 分）',
    ]);
  });
});

describe('reservePoolReview', () => {
  const pool = [
    { entry: entry({ id: 'later' }), person: strong },
    { entry: entry({ id: 'due-a-little', nextReviewOn: '2026-06-10' }), person: strong },
    { entry: entry({ id: 'weak', nextReviewOn: '2026-06-20' }), person: { ...strong, matchScore: 60 } },
    { entry: entry({ id: 'due-long-ago', nextReviewOn: '2026-01-10' }), person: strong },
  ];

  it('keeps every entry in order and sorts the due ones most overdue first', () => {
    const r = reservePoolReview(pool, TODAY);
    expect(r.items.map((i) => i.entry.id)).toEqual(['later', 'due-a-little', 'weak', 'due-long-ago']);
    expect(r.due.map((i) => i.entry.id)).toEqual(['due-long-ago', 'due-a-little']);
    expect(r.dueSoon.map((i) => i.entry.id)).toEqual(['weak']);
    expect(r.suggestRemoval.map((i) => i.entry.id)).toEqual(['weak']);
  });

  it('takes a wider "soon" window when asked', () => {
    expect(reservePoolReview(pool, TODAY, { soonDays: 90 }).dueSoon.map((i) => i.entry.id)).toEqual([
      'weak',
      'later',
    ]);
  });
});
