/**
 * Two decimals, half away from zero; the epsilon keeps 1.005 from rounding down through float noise.
 * Never returns −0, so a fully capped deduction reads (and compares) as 0.
 */
export function round2(n: number): number {
  const r = (Math.sign(n) * Math.round(Math.abs(n) * 100 + 1e-9)) / 100;
  return r === 0 ? 0 : r;
}

/** "12", "2.5", "−3": points as people write them, without trailing zeros and with a real minus sign. */
export function formatPoints(n: number): string {
  const r = round2(n);
  return r < 0 ? `−${String(-r)}` : String(r);
}

/** "+3", "−2", "0": a signed amount as it appears on a points sheet. */
export function signed(n: number): string {
  const r = round2(n);
  if (r > 0) return `+${formatPoints(r)}`;
  if (r < 0) return formatPoints(r);
  return '0';
}
