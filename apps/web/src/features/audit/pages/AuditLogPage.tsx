import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useAuditEventsQuery } from '../api/audit-events-query';
import { downloadAuditExport } from '../api/export-audit-download';
import { useVerifyAuditQuery } from '../api/verify-audit-query';
import { AuditFilters } from '../components/AuditFilters';
import { AuditTable } from '../components/AuditTable';
import { useAuditListParams } from '../hooks/useAuditListParams';

/** The audit administrator's page: read, filter, export and verify the hash-chained log. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { params, filter, update, reset } = useAuditListParams();
  const events = useAuditEventsQuery(params);
  const verify = useVerifyAuditQuery();
  const [exporting, setExporting] = useState(false);
  const exportLog = async () => {
    setExporting(true);
    try {
      await downloadAuditExport(filter);
    } catch (err) {
      void message.error(errorText(err, t));
    } finally {
      setExporting(false);
    }
  };
  const v = verify.data;
  const reason = v?.brokenAt?.reason;
  return (
    <>
      <PageHeader
        title={t('audit.title')}
        extra={
          <>
            <Button
              icon={<SafetyCertificateOutlined />}
              loading={verify.isFetching}
              onClick={() => void verify.refetch()}
            >
              {t('audit.verify')}
            </Button>
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportLog()}>
              {t('common.export')}
            </Button>
          </>
        }
      />
      {verify.isError ? (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={verify.error} />
        </div>
      ) : null}
      {v && !verify.isFetching ? (
        <Alert
          data-testid="verify-result"
          style={{ marginBottom: 16 }}
          showIcon
          closable
          type={v.ok ? 'success' : 'error'}
          title={
            v.ok
              ? t('audit.verifyOk', { checked: v.checked })
              : t('audit.verifyBroken', {
                  seq: v.brokenAt?.seq,
                  checked: v.checked,
                  reason:
                    reason === 'altered' || reason === 'link_broken' ? t(`audit.reasons.${reason}`) : reason,
                })
          }
        />
      ) : null}
      <Card>
        <AuditFilters params={params} update={update} reset={reset} />
        {events.isError ? <ErrorAlert error={events.error} onRetry={() => void events.refetch()} /> : null}
        <AuditTable data={events.data} loading={events.isFetching} params={params} update={update} />
      </Card>
    </>
  );
}
