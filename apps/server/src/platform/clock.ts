/** Today's date (YYYY-MM-DD) in the installation's time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

export function addYears(isoDate: string, years: number): string {
  return addMonths(isoDate, years * 12);
}

/** Whole years between two ISO dates (age on a date). */
export function yearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

/** The dates [from, to) of a year, or of one of its quarters (1–4). */
export function yearOrQuarter(year: number, quarter: number | null): { from: string; to: string } {
  if (quarter === null) return { from: `${year}-01-01`, to: `${year + 1}-01-01` };
  const m = (quarter - 1) * 3 + 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: `${year}-${pad(m)}-01`, to: quarter === 4 ? `${year + 1}-01-01` : `${year}-${pad(m + 3)}-01` };
}
