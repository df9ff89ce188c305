import type { TFunction } from 'i18next';
import { ApiError } from '../lib/http';

/** What to tell the user about a failed request: the server's localised message when there is one. */
export function errorText(err: unknown, t: TFunction): string {
  if (err instanceof ApiError) {
    if (err.code === 'NETWORK') return t('errors.network');
    if (err.message) return err.message;
  }
  return t('errors.unknown');
}
