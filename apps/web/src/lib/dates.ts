import dayjs, { type Dayjs } from 'dayjs';

// The API sends dates as 'YYYY-MM-DD' and times as ISO 8601; some timestamps still arrive in
// PostgreSQL's text form ('2026-03-01 08:00:00.12+00'), so normalise both before parsing.
export function parseTimestamp(v: string | null | undefined): Dayjs | null {
  if (!v) return null;
  const iso = v.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00');
  const d = dayjs(iso);
  return d.isValid() ? d : null;
}

export function formatDateTime(v: string | null | undefined): string {
  return parseTimestamp(v)?.format('YYYY-MM-DD HH:mm') ?? '';
}

export function toDay(v: string | null | undefined): Dayjs | null {
  if (!v) return null;
  const d = dayjs(v, 'YYYY-MM-DD');
  return d.isValid() ? d : null;
}

export function fromDay(d: Dayjs | null | undefined): string | null {
  return d ? d.format('YYYY-MM-DD') : null;
}

export function today(): string {
  return dayjs().format('YYYY-MM-DD');
}
