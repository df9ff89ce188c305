import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Segmented, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { errorText } from '../../../ui/error-text';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useIsMobile } from '../../../ui/useIsMobile';
import { YearSelect } from '../../../ui/YearSelect';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import { downloadComplianceExport } from '../api/compliance-export-download';
import { useComplianceQuery } from '../api/compliance-query';
import { ComplianceLegend } from '../components/ComplianceLegend';
import { ComplianceMatrix } from '../components/ComplianceMatrix';
import { useComplianceParams } from '../hooks/useComplianceParams';

/** 三会一课落实情况: every branch (or Party group) in scope, month by month, from the records. */
export function CompliancePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const { filter, update, legacyOrgId } = useComplianceParams();
  const matrix = useComplianceQuery(filter);
  const [exporting, setExporting] = useState(false);
  // Reminders link to `?orgId=`: that organisation's calendar.
  if (legacyOrgId) return <Navigate to={`/orglife/compliance/${legacyOrgId}?year=${filter.year}`} replace />;
  const summary = matrix.data?.summary;
  const exportFile = async () => {
    setExporting(true);
    try {
      await downloadComplianceExport(filter);
    } catch (err) {
      void message.error(errorText(err, t));
    } finally {
      setExporting(false);
    }
  };
  return (
    <>
      <PageHeader
        title={t('compliance.title')}
        extra={
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportFile()}>
            {t('compliance.export')}
          </Button>
        }
      />
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        <Flex vertical gap={12}>
          <Flex gap={8} wrap>
            <YearSelect value={filter.year} onChange={(year) => update({ year })} />
            <Segmented<'branch' | 'group'>
              value={filter.type ?? 'branch'}
              onChange={(type) => update({ type })}
              options={[
                { value: 'branch', label: t('compliance.branches') },
                { value: 'group', label: t('compliance.groups') },
              ]}
            />
            <div style={{ flex: '1 1 220px', maxWidth: 360 }}>
              <OrgTreeSelect
                allowClear
                placeholder={t('compliance.under')}
                value={filter.underId}
                onChange={(underId) => update({ underId })}
              />
            </div>
            <Select
              allowClear
              placeholder={t('compliance.statusFilter')}
              aria-label={t('compliance.statusFilter')}
              value={filter.status}
              onChange={(status: 'green' | 'yellow' | 'red' | undefined) => update({ status })}
              options={(['red', 'yellow', 'green'] as const).map((s) => ({
                value: s,
                label: t(`compliance.worst.${s}`),
              }))}
              style={{ minWidth: 150 }}
            />
          </Flex>
          {summary ? (
            <Flex gap={4} wrap data-testid="compliance-summary">
              <Tag color="error">{t('compliance.summary.red', { count: summary.red })}</Tag>
              <Tag color="warning">{t('compliance.summary.yellow', { count: summary.yellow })}</Tag>
              <Tag color="success">{t('compliance.summary.green', { count: summary.green })}</Tag>
            </Flex>
          ) : null}
          <ComplianceLegend />
          {matrix.isError ? <ErrorAlert error={matrix.error} onRetry={() => void matrix.refetch()} /> : null}
          <ComplianceMatrix rows={matrix.data?.items ?? []} year={filter.year} loading={matrix.isFetching} />
        </Flex>
      </Card>
    </>
  );
}
