import { passwordMeetsPolicy } from '@zhibu/shared';

// No look-alike characters (0/O, 1/l/I): initial passwords are often read out or copied by hand.
const SETS = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '@#%+=?!'];

/** A random initial password that meets the shared policy (12 characters, all four classes). */
export function generatePassword(length = 12): string {
  const all = SETS.join('');
  for (;;) {
    const bytes = crypto.getRandomValues(new Uint32Array(length));
    const chars = Array.from(bytes, (b, i) => {
      const set = i < SETS.length ? SETS[i]! : all;
      return set[b % set.length]!;
    });
    // Shuffle so the guaranteed classes are not always at the front.
    const order = crypto.getRandomValues(new Uint32Array(length));
    const pw = chars
      .map((c, i) => [order[i]!, c] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, c]) => c)
      .join('');
    if (passwordMeetsPolicy(pw)) return pw;
  }
}
