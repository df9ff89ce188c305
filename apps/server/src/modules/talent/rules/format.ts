// Numbers as the explanations show them: at most two decimals, no trailing zeros.

/** Two decimals, half away from zero; the epsilon keeps 1.005 from rounding down through float noise. */
export function round2(n: number): number {
  return (Math.sign(n) * Math.round(Math.abs(n) * 100 + 1e-9)) / 100;
}

export function formatNumber(n: number): string {
  return String(round2(n));
}

/** A 0..1 weight as a percentage: 0.15 → "15%". */
export function formatPercent(weight: number): string {
  return `${formatNumber(weight * 100)}%`;
}
