import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MissingItem } from '../api/types';
import { useMissingText } from '../hooks/useMissingText';

/** What a month still lacks, one line per meeting type. */
export function MissingList({ missing }: { missing: readonly MissingItem[] }) {
  const { t } = useTranslation();
  const text = useMissingText();
  if (missing.length === 0) {
    return <Typography.Text type="secondary">{t('compliance.nothingMissing')}</Typography.Text>;
  }
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="missing-list">
      {missing.map((m) => (
        <li key={`${m.meetingType}:${m.period}`}>{text(m)}</li>
      ))}
    </ul>
  );
}
