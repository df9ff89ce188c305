import { Alert, Button, Card, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useIsMobile } from '../../../ui/useIsMobile';
import { useCan } from '../../auth/hooks/useCan';
import { useAssessmentQuery } from '../api/assessment-query';
import { ProblemAlert } from '../components/ProblemAlert';
import { SheetCriterionItem } from '../components/SheetCriterionItem';
import { SubmissionActions } from '../components/SubmissionActions';
import { SubmissionStatusTag } from '../components/SubmissionStatusTag';

/**
 * A branch's self-assessment: each criterion with its answer and evidence (the branch fills it in while
 * it is a draft or returned), and the committee's review of it. Laid out as blocks, not a wide table.
 */
export function AssessmentPage() {
  const { t } = useTranslation();
  const can = useCan();
  const isMobile = useIsMobile();
  const { roundId = '', orgId = '' } = useParams();
  const sheet = useAssessmentQuery(roundId, orgId);
  const [submitError, setSubmitError] = useState<unknown>(null);
  if (sheet.isError) return <ErrorAlert error={sheet.error} onRetry={() => void sheet.refetch()} />;
  if (!sheet.data) return <Skeleton active />;
  const s = sheet.data;
  const open = s.round.status === 'open';
  const status = s.submission.status;
  const editable = open && can('rating:assess') && (status === 'draft' || status === 'returned');
  const reviewing = open && can('rating:review');
  return (
    <>
      <PageHeader
        title={t('ratings.sheet.title', { org: s.org.name })}
        extra={
          <>
            <SubmissionActions sheet={s} onSubmitError={setSubmitError} />
            <Link to={`/ratings/rounds/${roundId}/orgs/${orgId}`}>
              <Button>{t('ratings.sheet.toResult')}</Button>
            </Link>
          </>
        }
      />
      <Flex align="center" gap={8} wrap style={{ marginBottom: 16 }}>
        <Link to={`/ratings/rounds/${roundId}`}>{s.round.title}</Link>
        <Typography.Text type="secondary">{t('ratings.sheet.status')}</Typography.Text>
        <SubmissionStatusTag status={status} />
      </Flex>
      {status === 'returned' && s.submission.returnReason ? (
        <Alert
          type="warning"
          showIcon
          title={t('ratings.sheet.returned')}
          description={s.submission.returnReason}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <ProblemAlert error={submitError} intro={t('ratings.sheet.missing')} testId="submit-problems" />
      {!editable && can('rating:assess') && !reviewing ? (
        <Alert type="info" showIcon title={t('ratings.sheet.readOnly')} style={{ marginBottom: 16 }} />
      ) : null}
      <Flex vertical gap={16}>
        {s.categories.map((cat) => (
          <Card
            key={cat.code}
            size="small"
            title={`${cat.code} ${cat.title}`}
            styles={{ body: { padding: isMobile ? '0 12px' : '0 24px' } }}
          >
            {cat.criteria.map((c) => (
              <SheetCriterionItem
                key={c.code}
                roundId={roundId}
                orgId={orgId}
                c={c}
                editable={editable}
                reviewable={reviewing && (c.kind !== 'evidence' || status === 'submitted')}
              />
            ))}
          </Card>
        ))}
      </Flex>
    </>
  );
}
