import { RATING_TOKEN_ERRORS, zRatingToken } from '@zhibu/shared';
import { describe, expect, it } from 'vitest';
import { checkTokenUse, newRatingToken, type RatingTokenRecord, tokenHash } from './rating-token';

const NOW = new Date('2025-06-30T12:00:00+08:00');
const OPEN: RatingTokenRecord = { usedAt: null, expiresAt: '2025-07-01T00:00:00+08:00', revokedAt: null };

describe('newRatingToken', () => {
  it('returns a url-safe token of at least 128 bits and its SHA-256 hash', () => {
    const { token, hash } = newRatingToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    expect(zRatingToken.safeParse(token).success).toBe(true);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(tokenHash(token));
    expect(hash).not.toContain(token);
  });

  it('never repeats', () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => newRatingToken().token));
    expect(tokens.size).toBe(1000);
  });
});

describe('tokenHash', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('hashes %j as the standard SHA-256', (token, hash) => {
    expect(tokenHash(token)).toBe(hash);
  });

  it('is case-sensitive', () => {
    expect(tokenHash('Abc')).not.toBe(tokenHash('abc'));
  });
});

describe('checkTokenUse', () => {
  it.each<[string, RatingTokenRecord | null | undefined, string | null]>([
    ['an open token', OPEN, null],
    ['no expiry', { ...OPEN, expiresAt: null }, null],
    ['a Date expiry in the future', { ...OPEN, expiresAt: new Date('2025-06-30T12:00:01+08:00') }, null],
    ['not found', null, 'RATING_TOKEN_UNKNOWN'],
    ['undefined', undefined, 'RATING_TOKEN_UNKNOWN'],
    ['used', { ...OPEN, usedAt: '2025-06-29T09:00:00+08:00' }, 'RATING_TOKEN_USED'],
    ['expired', { ...OPEN, expiresAt: '2025-06-30T11:59:59+08:00' }, 'RATING_TOKEN_EXPIRED'],
    ['expiring exactly now', { ...OPEN, expiresAt: NOW }, 'RATING_TOKEN_EXPIRED'],
    ['an unreadable expiry fails closed', { ...OPEN, expiresAt: 'not a date' }, 'RATING_TOKEN_EXPIRED'],
    ['revoked', { ...OPEN, revokedAt: '2025-06-30T08:00:00+08:00' }, 'RATING_TOKEN_REVOKED'],
    [
      'used and expired says used',
      { usedAt: '2025-06-01T00:00:00Z', expiresAt: '2025-06-02T00:00:00Z', revokedAt: null },
      'RATING_TOKEN_USED',
    ],
    [
      'revoked, used and expired says revoked',
      { usedAt: NOW, expiresAt: '2025-06-02T00:00:00Z', revokedAt: NOW },
      'RATING_TOKEN_REVOKED',
    ],
  ])('%s', (_name, record, code) => {
    const r = checkTokenUse(record, NOW);
    if (code === null) expect(r).toEqual({ ok: true });
    else expect(r).toMatchObject({ ok: false, code });
  });

  it('uses only codes that carry a message and a status', () => {
    for (const record of [
      null,
      { ...OPEN, usedAt: NOW },
      { ...OPEN, expiresAt: NOW },
      { ...OPEN, revokedAt: NOW },
    ]) {
      const r = checkTokenUse(record, NOW);
      expect(r.ok).toBe(false);
      const code = r.ok ? 'none' : r.code;
      expect(Object.keys(RATING_TOKEN_ERRORS)).toContain(code);
    }
  });
});
