import type { Period } from './rules/frequency-rules';

// Calendar arithmetic for the rating metrics of organisational life: ISO dates, ranges [from, to),
// and the months, quarters, halves or years a range touches, with the labels explanations show.

export const PERIODS: readonly Period[] = ['month', 'quarter', 'half', 'year'];

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date. */
export function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function addDays(isoDate: string, days: number): string {
  return new Date((dayNumber(isoDate) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** The last day of a range [from, to): the date the roster and the committee are judged on. */
export function lastDay(to: string): string {
  return addDays(to, -1);
}

/**
 * How many years a range covers, each calendar year counting by its own length, so that a whole year
 * is exactly 1 whether or not it is a leap year, and a quarter is about 0.25.
 */
export function yearsCovered(from: string, to: string): number {
  let years = 0;
  const a = dayNumber(from);
  const b = dayNumber(to);
  for (let y = Number(from.slice(0, 4)); y <= Number(lastDay(to).slice(0, 4)); y++) {
    const ys = dayNumber(`${y}-01-01`);
    const ye = dayNumber(`${y + 1}-01-01`);
    const overlap = Math.min(b, ye) - Math.max(a, ys);
    if (overlap > 0) years += overlap / (ye - ys);
  }
  return years;
}

export type PeriodSlot = { key: string; label: string };

/** The key of the period (of the given kind) containing a month `YYYY-MM`. */
export function periodKey(period: Period, month: string): string {
  const y = month.slice(0, 4);
  const m = Number(month.slice(5, 7));
  switch (period) {
    case 'month':
      return month;
    case 'quarter':
      return `${y}-Q${Math.ceil(m / 3)}`;
    case 'half':
      return `${y}-H${m <= 6 ? 1 : 2}`;
    case 'year':
      return y;
  }
}

function periodLabel(period: Period, key: string, withYear: boolean): string {
  const y = key.slice(0, 4);
  const prefix = withYear ? `${y}年` : '';
  switch (period) {
    case 'month':
      return `${prefix}${Number(key.slice(5, 7))}月`;
    case 'quarter':
      return `${prefix}第${key.slice(6)}季度`;
    case 'half':
      return `${prefix}${key.endsWith('1') ? '上半年' : '下半年'}`;
    case 'year':
      return `${y}年`;
  }
}

/** The months `YYYY-MM` a range [from, to) touches, in order. */
export function monthsInRange(from: string, to: string): string[] {
  const end = lastDay(to);
  if (end < from) return [];
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const last = end.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) return out;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
}

/** Whether a range lies within one calendar year (then labels leave the year out: `3月`, `第2季度`). */
export function withinOneYear(from: string, to: string): boolean {
  return from.slice(0, 4) === lastDay(to).slice(0, 4);
}

/** The periods a range touches, in order, with their labels. */
export function periodsInRange(period: Period, from: string, to: string): PeriodSlot[] {
  const withYear = !withinOneYear(from, to);
  const seen = new Set<string>();
  const out: PeriodSlot[] = [];
  for (const month of monthsInRange(from, to)) {
    const key = periodKey(period, month);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ key, label: periodLabel(period, key, withYear) });
  }
  return out;
}

/** Label of a month `YYYY-MM` within a range (for lists such as `第一党小组 3月`). */
export function monthLabel(month: string, from: string, to: string): string {
  return periodLabel('month', month, !withinOneYear(from, to));
}

export const QUARTERS = [1, 2, 3, 4] as const;

/**
 * The whole quarters of one calendar year that a range [from, to) is made of, or null when it is not
 * (then the activity cannot answer for it, and the facts are read instead).
 */
export function quartersOf(from: string, to: string): { year: number; quarters: number[] } | null {
  const year = Number(from.slice(0, 4));
  const [fm, fd] = [Number(from.slice(5, 7)), from.slice(8)];
  const startsQuarter = fd === '01' && (fm - 1) % 3 === 0;
  const endYear = Number(to.slice(0, 4));
  const [tm, td] = [Number(to.slice(5, 7)), to.slice(8)];
  if (!startsQuarter || td !== '01' || (tm - 1) % 3 !== 0) return null;
  const first = (fm - 1) / 3 + 1;
  // The quarter after the range's last: the next year's first quarter counts as the fifth.
  const after = endYear === year ? (tm - 1) / 3 + 1 : endYear === year + 1 && tm === 1 ? 5 : null;
  if (after === null || after <= first) return null;
  return { year, quarters: QUARTERS.filter((q) => q >= first && q < after) };
}

/**
 * The quarters of `year` in which the days after `cutoff` up to the last day `end` fall, or null when
 * any of them lies in another year.
 */
export function quartersBetween(cutoff: string, end: string, year: number): number[] | null {
  const quarterOf = (iso: string) => Number(iso.slice(0, 4)) * 4 + Math.floor((Number(iso.slice(5, 7)) - 1) / 3);
  const first = quarterOf(addDays(cutoff, 1));
  const last = quarterOf(end);
  if (Math.floor(first / 4) !== year || Math.floor(last / 4) !== year) return null;
  return QUARTERS.filter((q) => q - 1 >= first % 4 && q - 1 <= last % 4);
}
