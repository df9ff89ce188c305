import type { Bilingual, LevelCount, LevelLabel } from '../api/types';

export type DistributionRow = {
  key: string;
  level: number | null;
  label: Bilingual;
  count: number;
  percent: number;
};

/** One decimal, as shown next to a bar: 33.3. */
export function percentOf(count: number, total: number): number {
  if (total <= 0) return 0;
  return Math.round((count / total) * 1000) / 10;
}

/**
 * The bars of the star distribution, highest level first: every level the scheme defines (zero counts
 * included, so the scale is the same from round to round), then any level the scheme no longer
 * defines, and the organisations without a level last.
 */
export function distributionRows(
  levels: readonly LevelLabel[],
  counts: readonly LevelCount[],
): DistributionRow[] {
  const total = counts.reduce((s, c) => s + c.count, 0);
  const countOf = (level: number | null) => counts.find((c) => c.level === level)?.count ?? 0;
  const known = new Set(levels.map((l) => l.level));
  const rows: DistributionRow[] = [...levels]
    .sort((a, b) => b.level - a.level)
    .map((l) => ({
      key: String(l.level),
      level: l.level,
      label: { zh: l.zh, en: l.en },
      count: countOf(l.level),
      percent: 0,
    }));
  for (const c of counts) {
    if (c.level !== null && !known.has(c.level)) {
      rows.push({ key: String(c.level), level: c.level, label: c.label, count: c.count, percent: 0 });
    }
  }
  const unrated = countOf(null);
  // Shown as "no level" by the chart, in the user's language.
  if (unrated > 0) {
    rows.push({ key: 'none', level: null, label: { zh: '', en: '' }, count: unrated, percent: 0 });
  }
  return rows.map((r) => ({ ...r, percent: percentOf(r.count, total) }));
}
