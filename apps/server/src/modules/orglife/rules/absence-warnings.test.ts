import { describe, expect, it } from 'vitest';
import { absenceLevel, monthsSince } from './absence-warnings';

describe('months since last organisational life (warnings at 3 and 5 months)', () => {
  it.each([
    ['2026-11-21', '2026-11-21', 0, 'ok'],
    ['2026-08-22', '2026-11-21', 2, 'ok'],
    ['2026-08-21', '2026-11-21', 3, 'notice'],
    ['2026-06-22', '2026-11-21', 4, 'notice'],
    ['2026-06-21', '2026-11-21', 5, 'urgent'],
    ['2025-11-21', '2026-11-21', 12, 'urgent'],
    ['2026-01-31', '2026-04-30', 2, 'ok'],
  ])('last %s, today %s → %i months, %s', (since, today, months, level) => {
    expect(monthsSince(since, today)).toBe(months);
    expect(absenceLevel(since, today)).toBe(level);
  });
});
