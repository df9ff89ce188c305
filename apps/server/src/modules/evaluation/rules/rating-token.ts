import { createHash, randomBytes } from 'node:crypto';
import type { RatingTokenErrorCode } from '@zhibu/shared';

// Anonymous rating links for staff (职工群众). A token is 32 random bytes (256 bits) in base64url, so
// it fits a URL or a QR code as is. Only its SHA-256 hash is stored: a leaked database lets nobody
// rate, and the stored row never holds anything that leads back to the person who got the link.
// A plain hash (no salt, no slow KDF) is enough because the token is random, not a password, and it
// keeps the lookup a single indexed equality. The one-time use itself is the database's job
// (UPDATE … SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL, then check the row count);
// checkTokenUse only tells the rater, before they fill in the form, why a link no longer works.

const TOKEN_BYTES = 32;

export type NewRatingToken = { token: string; hash: string };

export function newRatingToken(): NewRatingToken {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  return { token, hash: tokenHash(token) };
}

/** Hex SHA-256 of the token as given (tokens are case-sensitive). */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export type RatingTokenRecord = {
  usedAt: Date | string | null;
  /** Null: valid until used or revoked (the round's close should revoke what is left). */
  expiresAt: Date | string | null;
  revokedAt: Date | string | null;
};

export type TokenProblem = 'unknown' | 'used' | 'expired' | 'revoked';

export type TokenCheck = { ok: true } | { ok: false; problem: TokenProblem; code: RatingTokenErrorCode };

const CODES: Record<TokenProblem, RatingTokenErrorCode> = {
  unknown: 'RATING_TOKEN_UNKNOWN',
  used: 'RATING_TOKEN_USED',
  expired: 'RATING_TOKEN_EXPIRED',
  revoked: 'RATING_TOKEN_REVOKED',
};

/**
 * Whether a stored token may still be used at `now`. Order: a revoked link says so even if it was
 * used or has expired (the branch withdrew it); a used link says "already used" even after expiry,
 * which is what its rater wants to know. Expiry is exclusive (at `expiresAt` the link is closed),
 * and an unreadable date counts as expired, so a bad row fails closed.
 */
export function checkTokenUse(record: RatingTokenRecord | null | undefined, now: Date): TokenCheck {
  if (!record) return problem('unknown');
  if (record.revokedAt !== null) return problem('revoked');
  if (record.usedAt !== null) return problem('used');
  if (record.expiresAt !== null) {
    const expires = new Date(record.expiresAt).getTime();
    if (Number.isNaN(expires) || now.getTime() >= expires) return problem('expired');
  }
  return { ok: true };
}

function problem(p: TokenProblem): TokenCheck {
  return { ok: false, problem: p, code: CODES[p] };
}
