import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgWarning, OrgWarningCode } from '../api/types';

export const WARNING_CODES: OrgWarningCode[] = [
  'BRANCH_TOO_FEW_FULL_MEMBERS',
  'BRANCH_NEEDS_COMMITTEE',
  'BRANCH_TOO_LARGE',
  'TERM_ENDING_SOON',
  'TERM_OVERDUE',
  'SECRETARY_VACANT',
];

function isKnown(code: string): code is OrgWarningCode {
  return (WARNING_CODES as string[]).includes(code);
}

/** The short title and the explanation of an organisation warning, with its numbers and dates. */
export function useWarningText() {
  const { t } = useTranslation();
  return useCallback(
    (w: OrgWarning): { title: string; text: string } => {
      if (!isKnown(w.code)) return { title: w.code, text: '' };
      return { title: t(`warnings.titles.${w.code}`), text: t(`warnings.texts.${w.code}`, w.params) };
    },
    [t],
  );
}
