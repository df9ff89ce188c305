import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { ApiError } from '../lib/http';

type Issue = { path: string; message: string };

function issuesOf(err: unknown): Issue[] {
  if (!(err instanceof ApiError) || err.code !== 'VALIDATION_FAILED') return [];
  const d = err.details as { issues?: unknown } | undefined;
  return Array.isArray(d?.issues) ? (d.issues as Issue[]).filter((i) => typeof i.path === 'string') : [];
}

const KNOWN: Record<
  string,
  | 'validation.mobile'
  | 'validation.phone'
  | 'validation.code'
  | 'validation.username'
  | 'validation.date'
  | 'validation.idNumberChecksum'
> = {
  mobile: 'validation.mobile',
  phone: 'validation.phone',
  code: 'validation.code',
  username: 'validation.username',
  date: 'validation.date',
  id_number: 'validation.idNumberChecksum',
};

/**
 * Puts the server's field errors (VALIDATION_FAILED) next to the form fields they concern.
 * Returns whether every issue found a field; otherwise the caller shows the error message as well.
 */
export function showServerIssues(form: FormInstance, err: unknown, t: TFunction): boolean {
  const issues = issuesOf(err);
  if (issues.length === 0) return false;
  const fieldNames = new Set(Object.keys(form.getFieldsValue(true) as object));
  let allPlaced = true;
  const fields = [];
  for (const i of issues) {
    const name = i.path.split('.')[0] ?? '';
    if (!fieldNames.has(name)) {
      allPlaced = false;
      continue;
    }
    const key = KNOWN[i.message];
    fields.push({ name, errors: [key ? t(key) : t('validation.invalid')] });
  }
  form.setFields(fields);
  return allPlaced;
}
