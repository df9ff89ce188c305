import { POINT_CAP_PERIODS, POINT_UNITS, type PointCapPeriod, type PointUnit } from '@zhibu/shared';
import type { TFunction } from 'i18next';
import type { ApiLanguage } from '../../../i18n';
import { formatPoints } from './format';

const label = (list: readonly { value: string; zh: string; en: string }[], v: string, lang: ApiLanguage) =>
  list.find((i) => i.value === v)?.[lang] ?? v;

/** "每次 2 分" / "2 per occurrence". */
export function perUnitText(points: number, unit: PointUnit, t: TFunction, lang: ApiLanguage): string {
  return t('points.claim.perUnit', { points: formatPoints(points), unit: label(POINT_UNITS, unit, lang) });
}

/** "每季度最多 4 分" / "at most 4 per quarter", or null without a cap. */
export function capText(
  cap: { period: PointCapPeriod; points: number } | null,
  t: TFunction,
  lang: ApiLanguage,
): string | null {
  if (!cap) return null;
  return t('points.claim.cap', {
    points: formatPoints(cap.points),
    period: label(POINT_CAP_PERIODS, cap.period, lang),
  });
}
