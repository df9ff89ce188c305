import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoundStatus } from '../api/types';

const COLORS: Record<RoundStatus, string> = { open: 'processing', published: 'success', archived: 'default' };

export function RoundStatusTag({ status }: { status: RoundStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`ratings.roundStatus.${status}`)}</Tag>;
}
