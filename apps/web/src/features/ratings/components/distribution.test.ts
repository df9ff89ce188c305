import { describe, expect, it } from 'vitest';
import { distributionRows, percentOf } from './distribution';

const levels = [
  { level: 1, zh: '一星', en: '1 star' },
  { level: 3, zh: '三星', en: '3 stars' },
  { level: 5, zh: '五星', en: '5 stars' },
];
const label = (zh: string) => ({ zh, en: zh });

describe('star distribution', () => {
  it('rounds percentages to one decimal and survives an empty round', () => {
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(0, 0)).toBe(0);
  });
  it('lists every defined level, highest first, with zero counts', () => {
    const rows = distributionRows(levels, [
      { level: 3, label: label('三星'), count: 15 },
      { level: 5, label: label('五星'), count: 5 },
    ]);
    expect(rows.map((r) => [r.label.zh, r.count, r.percent])).toEqual([
      ['五星', 5, 25],
      ['三星', 15, 75],
      ['一星', 0, 0],
    ]);
  });
  it('keeps unknown levels and puts organisations without a level last', () => {
    const rows = distributionRows(levels, [
      { level: null, label: label(''), count: 1 },
      { level: 4, label: label('四星'), count: 1 },
      { level: 5, label: label('五星'), count: 2 },
    ]);
    expect(rows.map((r) => r.key)).toEqual(['5', '3', '1', '4', 'none']);
    expect(rows.at(-1)!.percent).toBe(25);
  });
});
