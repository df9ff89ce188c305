import type { FormInstance } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showServerIssues } from './server-errors';

/**
 * Pushes a failed request's field errors (VALIDATION_FAILED) onto the form's fields. Returns whether
 * all of them found a field; if not, the caller shows the error message as well.
 */
export function useServerIssues(form: FormInstance, error: unknown): boolean {
  const { t } = useTranslation();
  const [placed, setPlaced] = useState(false);
  // The form store lives outside React: syncing it with a new error is an effect.
  useEffect(() => setPlaced(error ? showServerIssues(form, error, t) : false), [form, error, t]);
  return placed;
}
