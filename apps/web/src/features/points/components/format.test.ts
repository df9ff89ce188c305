import { describe, expect, it } from 'vitest';
import { formatPoints, signedPoints } from './format';

describe('points as written on a sheet', () => {
  it('rounds to two decimals without trailing zeros and uses a real minus sign', () => {
    expect(formatPoints(81)).toBe('81');
    expect(formatPoints(2.5)).toBe('2.5');
    expect(formatPoints(1.005)).toBe('1.01');
    expect(formatPoints(-3)).toBe('−3');
    expect(formatPoints(-0.001)).toBe('0');
  });
  it('signs amounts', () => {
    expect(signedPoints(2)).toBe('+2');
    expect(signedPoints(-1.5)).toBe('−1.5');
    expect(signedPoints(0)).toBe('0');
  });
});
