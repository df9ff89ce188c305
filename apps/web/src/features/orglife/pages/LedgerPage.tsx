import { FileTextOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorText } from '../../../ui/error-text';
import { PageHeader } from '../../../ui/PageHeader';
import { useIsMobile } from '../../../ui/useIsMobile';
import { useStartLedgerMutation } from '../api/start-ledger-mutation';
import { LedgerProgress } from '../components/LedgerProgress';
import { OrgYearBar } from '../components/OrgYearBar';
import { isBranchOrGroup, useOrgYearParams } from '../hooks/useOrgYearParams';

/**
 * 台账导出: the year's record book of one organisation as .docx (with photos and signature lines) and
 * an .xlsx summary, written by a server job; and a print view of the same meetings.
 */
export function LedgerPage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const oy = useOrgYearParams(isBranchOrGroup);
  const start = useStartLedgerMutation();
  const [job, setJob] = useState<{ id: string; key: string } | null>(null);
  const key = `${oy.orgId}:${oy.year}`;
  const current = job?.key === key ? job.id : undefined;
  return (
    <>
      <PageHeader title={t('ledger.title')} />
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        <OrgYearBar {...oy} selectable={isBranchOrGroup} placeholder={t('plans.pickOrg')} />
        {!oy.orgId ? (
          <Empty description={t('plans.pickOrg')} />
        ) : (
          <Flex vertical gap={16}>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
              {t('ledger.hint')}
            </Typography.Paragraph>
            <Flex gap={8} wrap>
              <Button
                type="primary"
                icon={<FileTextOutlined />}
                loading={start.isPending}
                onClick={() =>
                  start.mutate(
                    { orgId: oy.orgId!, year: oy.year },
                    { onSuccess: ({ jobId }) => setJob({ id: jobId, key }) },
                  )
                }
              >
                {t('ledger.generate')}
              </Button>
              <Link to={`/print/meetings?orgId=${oy.orgId}&year=${oy.year}`} target="_blank">
                <Button icon={<PrinterOutlined />}>{t('ledger.print')}</Button>
              </Link>
            </Flex>
            {start.error ? <Alert type="error" showIcon title={errorText(start.error, t)} /> : null}
            {current ? <LedgerProgress jobId={current} /> : null}
          </Flex>
        )}
      </Card>
    </>
  );
}
