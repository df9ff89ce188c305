import { describe, expect, it } from 'vitest';
import { addMonths, yearOrQuarter } from './clock';

describe('yearOrQuarter', () => {
  it.each([
    [2026, null, { from: '2026-01-01', to: '2027-01-01' }],
    [2026, 1, { from: '2026-01-01', to: '2026-04-01' }],
    [2026, 2, { from: '2026-04-01', to: '2026-07-01' }],
    [2026, 3, { from: '2026-07-01', to: '2026-10-01' }],
    [2026, 4, { from: '2026-10-01', to: '2027-01-01' }],
  ])('%i Q%s', (year, quarter, expected) => {
    expect(yearOrQuarter(year, quarter)).toEqual(expected);
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-12-31', -3, '2026-09-30'],
    ['2026-06-30', -3, '2026-03-30'],
    ['2026-03-31', -3, '2025-12-31'],
    ['2024-05-31', -3, '2024-02-29'],
  ])('%s %i months', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});
