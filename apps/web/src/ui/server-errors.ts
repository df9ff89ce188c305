import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { ApiError } from '../lib/http';

type Issue = { path: string; message: string };

function issuesOf(err: unknown): Issue[] {
  if (!(err instanceof ApiError)) return [];
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
 * Puts the server's field errors next to the form fields they concern: schema failures
 * (VALIDATION_FAILED, whose messages are codes such as 'mobile') and domain checks with per-field
 * issues (PERSON_DATES_INCONSISTENT …, whose messages are already in the user's language).
 * Returns whether every issue found a field; otherwise the caller shows the error message as well.
 */
export function showServerIssues(form: FormInstance, err: unknown, t: TFunction): boolean {
  const issues = issuesOf(err);
  if (issues.length === 0) return false;
  // Registered fields, including empty ones (the store holds only fields that have a value).
  const fieldNames = new Set(Object.keys(form.getFieldsValue() as object));
  let allPlaced = true;
  const fields = [];
  for (const i of issues) {
    const name = i.path.split('.')[0] ?? '';
    if (!fieldNames.has(name)) {
      allPlaced = false;
      continue;
    }
    const key = KNOWN[i.message];
    const text = key ? t(key) : (err as ApiError).code === 'VALIDATION_FAILED' ? t('validation.invalid') : i.message;
    fields.push({ name, errors: [text] });
  }
  form.setFields(fields);
  if (fields[0]) form.scrollToField(fields[0].name, { block: 'center' });
  return allPlaced;
}
