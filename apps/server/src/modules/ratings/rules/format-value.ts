import type { MetricUnit } from '../../../platform/metrics';
import type { Bilingual } from './types';

// How numbers read in explanations: at most two decimals, ratios as percentages, yes/no as 达标.

export function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}

export function formatPercent(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10}%`;
}

/** A value in its unit; `total` (the expected count) turns a count into "10/12 次". */
export function formatValue(value: number, unit: MetricUnit | undefined, total?: number): Bilingual {
  switch (unit) {
    case 'ratio':
      return same(formatPercent(value));
    case 'bool':
      return value > 0 ? { zh: '达标', en: 'met' } : { zh: '未达标', en: 'not met' };
    case 'days':
      return {
        zh: `${formatNumber(value)} 天`,
        en: `${formatNumber(value)} ${value === 1 ? 'day' : 'days'}`,
      };
    case 'hours':
      return {
        zh: `${formatNumber(value)} 小时`,
        en: `${formatNumber(value)} ${value === 1 ? 'hour' : 'hours'}`,
      };
    case 'points':
      return {
        zh: `${formatNumber(value)} 分`,
        en: `${formatNumber(value)} ${value === 1 ? 'point' : 'points'}`,
      };
    case 'count':
    case undefined:
      return total === undefined
        ? { zh: `${formatNumber(value)} 次`, en: formatNumber(value) }
        : {
            zh: `${formatNumber(value)}/${formatNumber(total)} 次`,
            en: `${formatNumber(value)} of ${formatNumber(total)}`,
          };
  }
}

/** A bare amount in its unit, for targets and the extra needed ("≥ 90%", "≥ 4"). */
export function formatAmount(value: number, unit: MetricUnit | undefined): string {
  return unit === 'ratio' ? formatPercent(value) : formatNumber(value);
}

function same(text: string): Bilingual {
  return { zh: text, en: text };
}
