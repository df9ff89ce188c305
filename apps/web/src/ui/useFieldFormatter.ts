import { COMMITTEE_POSTS, EDUCATION_LEVELS, GENDERS, ORG_TYPES, PARTY_STATUSES, ROLES } from '@zhibu/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { enumLabel } from './enum-label';
import { useLang } from './useLang';

const ENUM_FIELDS = {
  gender: GENDERS,
  partyStatus: PARTY_STATUSES,
  education: EDUCATION_LEVELS,
  type: ORG_TYPES,
  role: ROLES,
  post: COMMITTEE_POSTS,
} as const;

/** Field labels and value texts for change records (person history, audit diffs). */
export function useFieldFormatter() {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  const fieldLabel = useCallback(
    (field: string) => (i18n.exists(`fields.${field}`) ? t(`fields.${field}` as 'fields.name') : field),
    [t, i18n],
  );
  const formatValue = useCallback(
    (field: string, value: unknown): string => {
      if (value === null || value === undefined || value === '') return '';
      if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
      if (typeof value === 'string' && field in ENUM_FIELDS) {
        return enumLabel(ENUM_FIELDS[field as keyof typeof ENUM_FIELDS], value, lang);
      }
      if (typeof value === 'string' || typeof value === 'number') return String(value);
      return JSON.stringify(value);
    },
    [t, lang],
  );
  return { fieldLabel, formatValue };
}
