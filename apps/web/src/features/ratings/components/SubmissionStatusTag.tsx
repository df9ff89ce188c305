import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SubmissionStatus } from '../api/types';

const COLORS: Record<SubmissionStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  reviewed: 'success',
};

export function SubmissionStatusTag({ status }: { status: SubmissionStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`ratings.submissionStatus.${status}`)}</Tag>;
}
