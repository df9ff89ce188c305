import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../api/types';
import { useValidityText } from '../hooks/useValidityText';

/**
 * Whether a decision meeting (党员大会, 支委会) is valid, and which rule failed in words. Meetings
 * without a decision-making type have no validity; before attendance is recorded nothing is judged.
 */
export function ValidityAlert({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const text = useValidityText();
  const v = meeting.validity;
  if (!v) return null;
  const recorded = meeting.attendance.some((a) => a.status !== null && a.source !== 'qr');
  if (!recorded) {
    return <Alert type="info" showIcon title={t('orglife.validity.pending')} style={{ marginBottom: 16 }} />;
  }
  if (v.valid) {
    return (
      <Alert
        type="success"
        showIcon
        title={t('orglife.validity.valid')}
        style={{ marginBottom: 16 }}
        data-testid="validity"
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      title={t('orglife.validity.invalid')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {v.failures.map((f, i) => (
            <li key={i}>{text(f)}</li>
          ))}
        </ul>
      }
      style={{ marginBottom: 16 }}
      data-testid="validity"
    />
  );
}
