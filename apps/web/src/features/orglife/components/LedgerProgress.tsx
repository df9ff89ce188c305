import { DownloadOutlined, FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Progress, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { downloadLedgerFile } from '../api/ledger-download';
import { useLedgerJobQuery } from '../api/ledger-job-query';

/** The ledger job's progress (meetings written so far), then its two downloads. */
export function LedgerProgress({ jobId }: { jobId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const job = useLedgerJobQuery(jobId);
  if (job.isError) return <ErrorAlert error={job.error} onRetry={() => void job.refetch()} />;
  const j = job.data;
  if (j?.state === 'failed') {
    return (
      <Alert
        type="error"
        showIcon
        title={t('ledger.failed')}
        description={j.message ?? t('errors.unknown')}
      />
    );
  }
  if (j?.state === 'succeeded' && j.result) {
    const r = j.result;
    const get = (url: string, ext: string) =>
      downloadLedgerFile(url, `${r.fileName}.${ext}`).catch(
        (err: unknown) => void message.error(errorText(err, t)),
      );
    return (
      <Result
        status="success"
        title={t('ledger.ready')}
        subTitle={t('ledger.readyText', { count: r.meetings })}
        extra={[
          <Button
            key="docx"
            type="primary"
            icon={<FileWordOutlined />}
            onClick={() => void get(r.docx, 'docx')}
          >
            {t('ledger.docx')}
          </Button>,
          <Button key="xlsx" icon={<FileExcelOutlined />} onClick={() => void get(r.xlsx, 'xlsx')}>
            {t('ledger.xlsx')}
          </Button>,
        ]}
        icon={<DownloadOutlined />}
      />
    );
  }
  const { done = 0, total = 0 } = j?.progress ?? {};
  return (
    <Flex vertical align="center" gap={8} style={{ padding: 24 }} data-testid="ledger-progress">
      <Typography.Text>{t('ledger.running')}</Typography.Text>
      <Progress
        percent={total > 0 ? Math.floor((done / total) * 100) : 0}
        status="active"
        style={{ maxWidth: 480 }}
      />
      {total > 0 ? (
        <Typography.Text type="secondary">{t('ledger.progress', { done, total })}</Typography.Text>
      ) : null}
    </Flex>
  );
}
