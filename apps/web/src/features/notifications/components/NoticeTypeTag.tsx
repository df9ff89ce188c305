import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { NOTIFICATION_TYPES, type NotificationType } from '../api/types';

const COLORS: Record<NotificationType, string> = {
  meeting_due: 'processing',
  meeting_overdue: 'error',
  term_ending: 'warning',
  term_overdue: 'error',
};

export function NoticeTypeTag({ type }: { type: string }) {
  const { t } = useTranslation();
  if (!(NOTIFICATION_TYPES as readonly string[]).includes(type)) return <Tag>{type}</Tag>;
  const known = type as NotificationType;
  return <Tag color={COLORS[known]}>{t(`notifications.types.${known}`)}</Tag>;
}
