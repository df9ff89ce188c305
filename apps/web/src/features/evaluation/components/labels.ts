import { INDICATOR_SOURCES, RATER_GROUPS, type IndicatorSource, type RaterGroup } from '@zhibu/shared';
import type { TFunction } from 'i18next';
import type { ApiLanguage } from '../../../i18n';

export function raterGroupText(group: RaterGroup, lang: ApiLanguage): string {
  return RATER_GROUPS.find((g) => g.value === group)?.[lang] ?? group;
}

export function sourceText(source: IndicatorSource, lang: ApiLanguage): string {
  return INDICATOR_SOURCES.find((s) => s.value === source)?.[lang] ?? source;
}

/** 2026年度 / 2026年第1季度. */
export function periodText(year: number, quarter: number | null, t: TFunction): string {
  return quarter ? t('evaluation.quarterPeriod', { year, quarter }) : t('evaluation.yearPeriod', { year });
}

/** Points as the server words them: at most two decimals, no trailing zeros. */
export function formatScore(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '–';
  return String(Math.round(n * 100) / 100);
}

/** "12/20 (60%)"; "–" when nothing was assigned. */
export function completionText(submitted: number, assigned: number): string {
  if (assigned <= 0) return '–';
  return `${submitted}/${assigned} (${Math.round((submitted / assigned) * 100)}%)`;
}
