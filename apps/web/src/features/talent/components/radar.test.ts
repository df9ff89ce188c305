import { describe, expect, it } from 'vitest';
import { axisPoint, percentTotal, radarPolygon } from './radar';

describe('radar geometry', () => {
  it('starts at the top and goes clockwise', () => {
    const [x0, y0] = axisPoint(0, 4, 10, 0, 0);
    expect(x0).toBeCloseTo(0);
    expect(y0).toBeCloseTo(-10);
    const [x1, y1] = axisPoint(1, 4, 10, 0, 0);
    expect(x1).toBeCloseTo(10);
    expect(y1).toBeCloseTo(0);
  });
  it('scales scores to the radius, unscored at the centre', () => {
    expect(radarPolygon([100, null, 50, 0], 10, 0, 0)).toBe('0.0,-10.0 0.0,0.0 0.0,5.0 0.0,0.0');
  });
  it('adds percentages without floating noise', () => {
    expect(percentTotal([20, 15, 5, 5, 20, 10, 25])).toBe(100);
    expect(percentTotal([10.1, 20.2, undefined])).toBe(30.3);
  });
});
