import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SheetCriterion } from '../api/types';

/** The committee's judgement as the branch sees it. */
export function ReviewSummary({ c }: { c: SheetCriterion }) {
  const { t } = useTranslation();
  const r = c.review;
  if (!r || (r.score === null && r.pass === null && r.triggered === null && !r.comment)) {
    return c.kind === 'metric' ? null : (
      <Typography.Text type="secondary">{t('ratings.review.none')}</Typography.Text>
    );
  }
  const parts = [
    r.score !== null ? `${t('ratings.review.score')} ${r.score}/${c.maxScore}` : null,
    r.pass !== null ? (r.pass ? t('ratings.review.passYes') : t('ratings.review.passNo')) : null,
    r.triggered ? t('ratings.review.triggered') : null,
    r.comment,
  ].filter(Boolean);
  return (
    <Typography.Text type={r.pass === false || r.triggered ? 'danger' : undefined}>
      {t('ratings.review.summary', { text: parts.join(' · ') })}
    </Typography.Text>
  );
}
