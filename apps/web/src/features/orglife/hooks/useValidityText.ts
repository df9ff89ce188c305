import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValidityFailure } from '../api/types';

const RULES = [
  'GENERAL_MEETING_QUORUM',
  'RESOLUTION_NOT_PASSED',
  'COMMITTEE_QUORUM',
  'VOTES_EXCEED_PRESENT',
] as const;
type Rule = (typeof RULES)[number];

/** A failed validity rule in words, with its numbers (支部工作条例 rules for decision meetings). */
export function useValidityText() {
  const { t } = useTranslation();
  return useCallback(
    (f: ValidityFailure): string =>
      (RULES as readonly string[]).includes(f.rule)
        ? t(`orglife.validity.rules.${f.rule as Rule}`, f)
        : t('orglife.validity.unknownRule', { rule: f.rule }),
    [t],
  );
}
