import { z } from 'zod';
import { checkIdNumber } from './id-number';

// Field schemas and limits shared by the server's request schemas and the web forms.
export const LIMITS = {
  nameMax: 50,
  orgNameMax: 100,
  shortNameMax: 30,
  codeMax: 32,
  textMax: 200,
  pageSizeMax: 200,
  passwordMin: 8,
  importMaxBytes: 50 * 1024 * 1024,
} as const;

export function isValidIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && y <= 2200 && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

export const zIsoDate = z.string().refine(isValidIsoDate, { message: 'date' });
export const zPersonName = z.string().trim().min(1).max(LIMITS.nameMax);
export const zOrgName = z.string().trim().min(1).max(LIMITS.orgNameMax);
export const zCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.-]{1,32}$/, { message: 'code' });
export const zMobile = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, { message: 'mobile' });
export const zContactPhone = z
  .string()
  .trim()
  .regex(/^[0-9+\-() ]{5,20}$/, { message: 'phone' });
export const zIdNumber = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .refine((s) => checkIdNumber(s).ok, { message: 'id_number' });
export const zUsername = z
  .string()
  .trim()
  .regex(/^[A-Za-z][A-Za-z0-9_.-]{2,31}$/, { message: 'username' });
export const zText = z.string().trim().max(LIMITS.textMax);

/** ≥ 8 characters from at least 3 of: upper case, lower case, digits, symbols. */
export function passwordMeetsPolicy(pw: string): boolean {
  if (pw.length < LIMITS.passwordMin || pw.length > 128) return false;
  const classes = [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(pw)).length;
  return classes >= 3;
}

export const zPage = z.coerce.number().int().min(1).default(1);
export const zPageSize = z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(20);
