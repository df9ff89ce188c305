import { APPRAISAL_GRADES } from '@zhibu/shared';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { enumLabel } from '../../../ui/enum-label';
import { useLang } from '../../../ui/useLang';
import type { AppraisalEntry } from '../api/types';

/** Anonymous ballot counts per grade ("优秀 3 · 合格 20"); who voted how is never shown. */
export function BallotCounts({ ballots }: { ballots: AppraisalEntry['ballots'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const parts = APPRAISAL_GRADES.values
    .filter((g) => (ballots[g] ?? 0) > 0)
    .map((g) => `${enumLabel(APPRAISAL_GRADES, g, lang)} ${ballots[g]}`);
  return parts.length > 0 ? (
    <span>{parts.join(' · ')}</span>
  ) : (
    <Typography.Text type="secondary">{t('appraisal.noBallots')}</Typography.Text>
  );
}
