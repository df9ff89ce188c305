import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Result, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorText } from '../../../ui/error-text';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useIsMobile } from '../../../ui/useIsMobile';
import { downloadImportTemplate } from '../api/import-template-download';
import { ImportReport } from '../components/ImportReport';
import { ImportUpload } from '../components/ImportUpload';
import { JobProgress } from '../components/JobProgress';
import { useImportWizard, type WizardStep } from '../hooks/useImportWizard';

const STEP_INDEX: Record<WizardStep, number> = { template: 0, upload: 1, check: 2, commit: 3, done: 4 };

/** Template → upload → validation report → confirm → progress → done. */
export function PeopleImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const w = useImportWizard();
  const [downloading, setDownloading] = useState(false);

  const downloadTemplate = async () => {
    setDownloading(true);
    try {
      await downloadImportTemplate();
    } catch (err) {
      void message.error(errorText(err, t));
    } finally {
      setDownloading(false);
    }
  };

  let body;
  if (w.step === 'template') {
    body = (
      <Flex vertical gap={16} align="flex-start">
        <Typography.Paragraph>{t('import.templateHint')}</Typography.Paragraph>
        <Flex gap={8} wrap>
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            loading={downloading}
            onClick={() => void downloadTemplate()}
          >
            {t('import.downloadTemplate')}
          </Button>
          <Button onClick={w.goToUpload}>{t('import.nextUpload')}</Button>
        </Flex>
      </Flex>
    );
  } else if (w.step === 'upload') {
    body = <ImportUpload onFile={w.startUpload} pending={w.upload.isPending} error={w.upload.error} />;
  } else if (w.job.isError) {
    body = <ErrorAlert error={w.job.error} onRetry={() => void w.job.refetch()} />;
  } else if (!w.jobFinished || w.job.data?.state === 'failed') {
    body = (
      <Flex vertical gap={16}>
        <JobProgress
          job={w.job.data}
          label={w.step === 'commit' ? t('import.committing') : t('import.validating')}
        />
        {w.job.data?.state === 'failed' ? (
          <Button onClick={w.goToUpload}>{t('import.reupload')}</Button>
        ) : null}
      </Flex>
    );
  } else if (w.batch.isError) {
    body = <ErrorAlert error={w.batch.error} onRetry={() => void w.batch.refetch()} />;
  } else if (!w.batch.data || w.batch.data.state === 'validating' || w.batch.data.state === 'committing') {
    body = (
      <JobProgress
        job={w.job.data}
        label={w.step === 'commit' ? t('import.committing') : t('import.validating')}
      />
    );
  } else if (w.step === 'done') {
    body = (
      <Result
        status="success"
        title={t('import.doneTitle')}
        subTitle={t('import.doneText', { total: w.batch.data.totalRows })}
        extra={[
          <Link key="people" to="/people">
            <Button type="primary">{t('import.viewPeople')}</Button>
          </Link>,
          <Button key="again" onClick={w.goToUpload}>
            {t('import.again')}
          </Button>,
        ]}
      />
    );
  } else if (w.batch.data.state === 'failed') {
    body = (
      <Flex vertical gap={16} align="flex-start">
        <Alert type="error" showIcon title={t('import.failedTitle')} />
        <Button onClick={w.goToUpload}>{t('import.reupload')}</Button>
      </Flex>
    );
  } else {
    body = (
      <ImportReport
        batch={w.batch.data}
        onReupload={w.goToUpload}
        onConfirm={w.startCommit}
        confirming={w.confirm.isPending}
        confirmError={w.confirm.error}
      />
    );
  }

  return (
    <>
      <PageHeader title={t('import.title')} />
      <Card>
        <Flex vertical gap={24}>
          <Steps
            current={STEP_INDEX[w.step]}
            orientation={isMobile ? 'vertical' : 'horizontal'}
            size="small"
            items={(['template', 'upload', 'validate', 'confirm', 'done'] as const).map((k) => ({
              title: t(`import.steps.${k}`),
            }))}
          />
          {body}
        </Flex>
      </Card>
    </>
  );
}
