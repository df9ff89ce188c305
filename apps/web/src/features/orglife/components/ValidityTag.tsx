import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Valid / invalid for decision meetings; nothing for meetings without a decision-making type. */
export function ValidityTag({ valid }: { valid: boolean | null }) {
  const { t } = useTranslation();
  if (valid === null) return null;
  return valid ? (
    <Tag color="success">{t('orglife.validity.validShort')}</Tag>
  ) : (
    <Tag color="error">{t('orglife.validity.invalidShort')}</Tag>
  );
}
