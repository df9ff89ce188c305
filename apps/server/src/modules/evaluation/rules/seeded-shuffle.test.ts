import { describe, expect, it } from 'vitest';
import { seededShuffle } from './seeded-shuffle';

const TEN = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];

describe('seededShuffle', () => {
  it.each([[[]], [['a']], [TEN]])('keeps every item of %j exactly once', (items) => {
    expect([...seededShuffle(items, 's')].sort()).toEqual([...items].sort());
  });

  it.each(['2025-Q1', 'round-7', ''])('gives the same order for the same seed %j', (seed) => {
    expect(seededShuffle(TEN, seed)).toEqual(seededShuffle(TEN, seed));
  });

  it('gives different orders for different seeds and actually shuffles', () => {
    const orders = new Set(['a', 'b', 'c', 'd', 'e'].map((s) => seededShuffle(TEN, s).join('')));
    expect(orders.size).toBeGreaterThan(1);
    expect(orders.has(TEN.join(''))).toBe(false);
  });

  it('leaves the input alone', () => {
    const items = [...TEN];
    seededShuffle(items, 'x');
    expect(items).toEqual(TEN);
  });
});
