import { Alert, Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import type { Evaluation } from '../hooks/useEvaluation';

/** The evaluation job: a progress bar while it runs, then whether it worked. */
export function EvaluationProgress({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation();
  const { job, jobId, startError } = evaluation;
  if (startError) {
    return <Alert type="error" showIcon title={errorText(startError, t)} style={{ marginBottom: 16 }} />;
  }
  if (!jobId) return null;
  if (job.isError) {
    return <Alert type="error" showIcon title={errorText(job.error, t)} style={{ marginBottom: 16 }} />;
  }
  const j = job.data;
  if (j?.state === 'failed') {
    return (
      <Alert
        type="error"
        showIcon
        title={t('ratings.rounds.evaluateFailed')}
        description={j.message ?? t('errors.unknown')}
        style={{ marginBottom: 16 }}
      />
    );
  }
  if (j?.state === 'succeeded') {
    return (
      <Alert
        type="success"
        showIcon
        closable
        title={t('ratings.rounds.evaluated')}
        data-testid="evaluation-done"
        style={{ marginBottom: 16 }}
      />
    );
  }
  const { done = 0, total = 0 } = j?.progress ?? {};
  return (
    <Flex vertical gap={4} style={{ marginBottom: 16 }} data-testid="evaluation-progress">
      <Typography.Text>{t('ratings.rounds.evaluating')}</Typography.Text>
      <Progress percent={total > 0 ? Math.floor((done / total) * 100) : 0} status="active" />
      {total > 0 ? (
        <Typography.Text type="secondary">
          {t('ratings.rounds.evaluateProgress', { done, total })}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
