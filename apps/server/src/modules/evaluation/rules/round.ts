/** Two decimals, half away from zero; the epsilon keeps 1.005 from rounding down through float noise. */
export function round2(n: number): number {
  return (Math.sign(n) * Math.round(Math.abs(n) * 100 + 1e-9)) / 100;
}

export function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

/** As explanations show numbers: at most two decimals, no trailing zeros. */
export function formatNumber(n: number): string {
  return String(round2(n));
}
