/** Where the i-th of n axes points: the first straight up, then clockwise. */
export function axisPoint(i: number, n: number, radius: number, cx: number, cy: number): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)];
}

/** The polygon of scores (0..100, unscored as 0) on a radar of the given radius. */
export function radarPolygon(
  scores: readonly (number | null)[],
  radius: number,
  cx: number,
  cy: number,
): string {
  const n = scores.length;
  return scores
    .map((s, i) => {
      const v = Math.min(100, Math.max(0, s ?? 0)) / 100;
      const [x, y] = axisPoint(i, n, radius * v, cx, cy);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

/** Sum of percentages typed in a weights form, to one decimal place. */
export function percentTotal(weights: readonly (number | null | undefined)[]): number {
  return Math.round(weights.reduce<number>((s, w) => s + (w ?? 0), 0) * 10) / 10;
}
