/** Two decimals at most, no trailing zeros, a real minus sign: how points are written on a sheet. */
export function formatPoints(n: number): string {
  const r = Math.round(Math.abs(n) * 100 + 1e-9) / 100;
  if (r === 0) return '0';
  return n < 0 ? `−${r}` : String(r);
}

/** "+3", "−2", "0". */
export function signedPoints(n: number): string {
  const s = formatPoints(n);
  return s !== '0' && n > 0 ? `+${s}` : s;
}
