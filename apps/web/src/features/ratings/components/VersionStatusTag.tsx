import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VersionStatus } from '../api/types';

export function VersionStatusTag({ status }: { status: VersionStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={status === 'published' ? 'success' : 'warning'}>{t(`ratings.versionStatus.${status}`)}</Tag>
  );
}
