/** Two decimals, half away from zero; the epsilon keeps 1.005 from rounding down through float noise. */
export function round2(n: number): number {
  return (Math.sign(n) * Math.round(Math.abs(n) * 100 + 1e-9)) / 100;
}
