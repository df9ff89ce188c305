import { createHash } from 'node:crypto';
import { mulberry32 } from '../../../platform/seeded-random';

// A shuffle that gives the same order for the same seed, so a sample of raters can be drawn again
// and checked later (the seed is stored with the round). Not for secrets: for that, use crypto.

/** Fisher–Yates over a copy, driven by mulberry32 seeded from SHA-256 of the seed text. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const random = mulberry32(createHash('sha256').update(seed, 'utf8').digest().readUInt32LE(0));
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
