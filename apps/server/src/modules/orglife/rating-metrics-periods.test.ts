import { describe, expect, it } from 'vitest';
import { quartersBetween, quartersOf } from './rating-metrics-periods';

describe('quartersOf', () => {
  it.each([
    ['2026-01-01', '2027-01-01', { year: 2026, quarters: [1, 2, 3, 4] }],
    ['2026-04-01', '2026-07-01', { year: 2026, quarters: [2] }],
    ['2026-10-01', '2027-01-01', { year: 2026, quarters: [4] }],
    ['2026-01-01', '2026-07-01', { year: 2026, quarters: [1, 2] }],
    ['2026-07-01', '2026-10-01', { year: 2026, quarters: [3] }],
    ['2026-01-01', '2026-12-20', null], // ends inside a quarter
    ['2026-02-01', '2026-04-01', null], // starts inside one
    ['2026-10-01', '2027-04-01', null], // runs into another year
    ['2025-01-01', '2027-01-01', null],
    ['2026-04-01', '2026-04-01', null], // empty
  ])('%s → %s', (from, to, expected) => {
    expect(quartersOf(from, to)).toEqual(expected);
  });
});

describe('quartersBetween', () => {
  it.each([
    // the three months before a year's last day: the fourth quarter exactly
    ['2026-09-30', '2026-12-31', 2026, [4]],
    // before 30 June they reach back to 31 March, in the first quarter
    ['2026-03-30', '2026-06-30', 2026, [1, 2]],
    ['2026-06-30', '2026-09-30', 2026, [3]],
    ['2025-12-31', '2026-03-31', 2026, [1]],
    ['2025-12-30', '2026-03-31', 2026, null], // 31 December is in the year before
    ['2026-09-30', '2026-12-31', 2025, null],
  ])('after %s through %s in %i', (cutoff, end, year, expected) => {
    expect(quartersBetween(cutoff, end, year)).toEqual(expected);
  });
});
