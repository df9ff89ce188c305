import type { PointCapPeriod, PointPeriod } from '@zhibu/shared';

// Ledger dates are plain YYYY-MM-DD strings, so periods are read from the text: no time zones involved.

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

export function monthOf(date: string): number {
  return Number(date.slice(5, 7));
}

export function quarterOf(date: string): number {
  return Math.ceil(monthOf(date) / 3);
}

/** The cap bucket an entry falls in: '2025' for a yearly cap, '2025-Q3' for a quarterly one, '2025-07'. */
export function capBucketOf(date: string, period: PointCapPeriod): string {
  switch (period) {
    case 'year':
      return date.slice(0, 4);
    case 'quarter':
      return `${date.slice(0, 4)}-Q${quarterOf(date)}`;
    case 'month':
      return date.slice(0, 7);
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First and last day of a period of `year`; ISO dates compare correctly as strings. */
export function periodBounds(year: number, period: PointPeriod): { from: string; to: string } {
  const span = (first: number, last: number) => ({
    from: `${year}-${pad(first)}-01`,
    to: `${year}-${pad(last)}-${pad(lastDayOfMonth(year, last))}`,
  });
  switch (period.kind) {
    case 'year':
      return span(1, 12);
    case 'quarter':
      return span(period.quarter * 3 - 2, period.quarter * 3);
    case 'month':
      return span(period.month, period.month);
  }
}

export function periodName(year: number, period: PointPeriod): { zh: string; en: string } {
  switch (period.kind) {
    case 'year':
      return { zh: `${year}年度`, en: `${year}` };
    case 'quarter':
      return { zh: `${year}年第${period.quarter}季度`, en: `Q${period.quarter} ${year}` };
    case 'month':
      return { zh: `${year}年${period.month}月`, en: `${year}-${pad(period.month)}` };
  }
}
