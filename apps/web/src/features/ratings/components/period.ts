import type { TFunction } from 'i18next';

/** "2026年度" or "2026年第4季度". */
export function periodText(year: number, quarter: number | null, t: TFunction): string {
  return quarter ? t('ratings.period.quarter', { year, quarter }) : t('ratings.period.year', { year });
}

/** The quarter a date falls in (1–4). */
export function quarterOf(d: Date): number {
  return Math.floor(d.getMonth() / 3) + 1;
}
