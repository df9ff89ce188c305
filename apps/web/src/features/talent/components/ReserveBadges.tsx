import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReserveReview } from '../api/types';

/** 待复核 / 即将复核 / 建议调出: what today's review says of a pool entry. */
export function ReserveBadges({ review }: { review: ReserveReview }) {
  const { t } = useTranslation();
  return (
    <>
      {review.due ? <Tag color="error">{t('talent.reserve.due')}</Tag> : null}
      {review.dueSoon ? <Tag color="warning">{t('talent.reserve.dueSoon')}</Tag> : null}
      {review.action === 'suggest_removal' ? (
        <Tag color="volcano">{t('talent.reserve.suggestRemoval')}</Tag>
      ) : null}
    </>
  );
}
