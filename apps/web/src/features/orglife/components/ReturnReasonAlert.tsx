import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../api/types';

/** Why a reviewer sent the record back, while it is back with the branch. */
export function ReturnReasonAlert({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  if (meeting.status !== 'returned' || !meeting.returnReason) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={t('orglife.review.returnedTitle')}
      description={meeting.returnReason}
      style={{ marginBottom: 16 }}
    />
  );
}
