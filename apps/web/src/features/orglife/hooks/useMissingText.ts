import { MEETING_TYPES } from '@zhibu/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { enumLabel } from '../../../ui/enum-label';
import { useLang } from '../../../ui/useLang';
import type { MissingItem } from '../api/types';

/** "支委会（2026-03：应开展1次，已开展0次）" */
export function useMissingText() {
  const { t } = useTranslation();
  const lang = useLang();
  return useCallback(
    (m: MissingItem) =>
      t('compliance.missingItem', {
        type: enumLabel(MEETING_TYPES, m.meetingType, lang),
        period: m.period,
        required: m.required,
        held: m.held,
      }),
    [t, lang],
  );
}
