import { describe, expect, it } from 'vitest';
import { checkIdNumber, maskIdNumber, maskPhone, withCheckDigit } from './id-number';
import { passwordMeetsPolicy } from './fields';

describe('GB 11643 ID numbers', () => {
  it.each([
    // A published example number and its check character.
    ['11010519491231002X', { ok: true, birthDate: '1949-12-31', gender: 'female' }],
    ['11010519491231002x', { ok: true, birthDate: '1949-12-31', gender: 'female' }],
    [withCheckDigit('45020219900307001'), { ok: true, birthDate: '1990-03-07', gender: 'male' }],
    ['110105194912310021', { ok: false, reason: 'checksum' }],
    ['11010519491231002', { ok: false, reason: 'format' }],
    ['1101051949123100AX', { ok: false, reason: 'format' }],
    [withCheckDigit('45020219900230001'), { ok: false, reason: 'birth_date' }],
    [withCheckDigit('45020218001301001'), { ok: false, reason: 'birth_date' }],
  ])('%s', (input, expected) => {
    expect(checkIdNumber(input)).toMatchObject(expected);
  });

  it('masks all but the region and the last four characters', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(maskIdNumber(null)).toBeNull();
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
});

describe('password policy: ≥ 8 characters from at least 3 classes', () => {
  it.each([
    ['Zhibu@2026', true],
    ['zhibu2026!', true],
    ['ZHIBU2026a', true],
    ['Short1!', false],
    ['alllowercase', false],
    ['lowercase123', false],
    ['UPPER lower', true],
  ])('%s → %s', (pw, ok) => {
    expect(passwordMeetsPolicy(pw)).toBe(ok);
  });
});
