import { ERRORS, formatMessage, type ErrorCode } from '@zhibu/shared';
import { Alert, Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../ui/useLang';
import type { Job } from '../api/types';

/** A running job's progress; a failed job's reason in the user's language. */
export function JobProgress({ job, label }: { job: Job | undefined; label: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (job?.state === 'failed') {
    const code = job.error?.code;
    const text =
      code && code in ERRORS
        ? formatMessage(code as ErrorCode, lang, job.error?.params ?? {})
        : t('errors.unknown');
    return <Alert type="error" showIcon title={t('import.failedTitle')} description={text} />;
  }
  const { done = 0, total = 0 } = job?.progress ?? {};
  const percent = total > 0 ? Math.floor((done / total) * 100) : 0;
  return (
    <Flex vertical align="center" gap={8} style={{ padding: 24 }} data-testid="job-progress">
      <Typography.Text>{label}</Typography.Text>
      <Progress
        percent={job?.state === 'succeeded' ? 100 : percent}
        status="active"
        style={{ maxWidth: 480 }}
      />
      {total > 0 ? (
        <Typography.Text type="secondary">{t('import.progress', { done, total })}</Typography.Text>
      ) : null}
    </Flex>
  );
}
