import { describe, expect, it } from 'vitest';
import { parseTimestamp } from './dates';

describe('parseTimestamp', () => {
  it('reads ISO 8601 and PostgreSQL text timestamps alike', () => {
    const iso = parseTimestamp('2026-03-01T08:00:00.120Z');
    const pg = parseTimestamp('2026-03-01 08:00:00.12+00');
    expect(iso?.valueOf()).toBe(Date.parse('2026-03-01T08:00:00.120Z'));
    expect(pg?.valueOf()).toBe(iso?.valueOf());
  });
  it('returns null for nothing or garbage', () => {
    expect(parseTimestamp(null)).toBeNull();
    expect(parseTimestamp('not a date')).toBeNull();
  });
});
