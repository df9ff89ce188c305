import type { CredentialLevel } from '@zhibu/shared';
import { describe, expect, it } from 'vitest';
import { daysBetween, isCurrent, isExpired, levelAtLeast } from './credential-status';

describe('isExpired / isCurrent', () => {
  it.each<[string, string, string | null, string, boolean, boolean]>([
    ['no expiry', '2020-01-01', null, '2026-06-15', false, true],
    ['valid through its last day', '2020-01-01', '2026-06-15', '2026-06-15', false, true],
    ['expired the day after', '2020-01-01', '2026-06-14', '2026-06-15', true, false],
    ['obtained today', '2026-06-15', null, '2026-06-15', false, true],
    ['dated tomorrow does not count yet', '2026-06-16', null, '2026-06-15', false, false],
  ])('%s', (_name, obtainedOn, expiresOn, today, expired, current) => {
    expect(isExpired({ expiresOn }, today)).toBe(expired);
    expect(isCurrent({ obtainedOn, expiresOn }, today)).toBe(current);
  });
});

describe('levelAtLeast', () => {
  it.each<[CredentialLevel | null, CredentialLevel | null, boolean]>([
    ['associate_senior', 'associate_senior', true],
    ['senior', 'associate_senior', true],
    ['intermediate', 'associate_senior', false],
    ['national', 'provincial', true],
    ['industry', 'provincial', true],
    ['municipal', 'provincial', false],
    ['technician', 'technician', true],
    ['senior_worker', 'technician', false],
    // Different ladders never compare: a 省级 certificate is not a 技师 grade.
    ['provincial', 'technician', false],
    ['senior', 'senior_technician', false],
    [null, 'junior', false],
    [null, null, true],
    ['junior_worker', null, true],
  ])('%s ≥ %s → %s', (level, min, expected) => {
    expect(levelAtLeast(level, min)).toBe(expected);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-06-15', '2026-06-15', 0],
    ['2026-06-15', '2026-09-13', 90],
    ['2026-06-15', '2026-06-01', -14],
    ['2024-02-28', '2024-03-01', 2],
  ])('%s → %s = %i', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});
