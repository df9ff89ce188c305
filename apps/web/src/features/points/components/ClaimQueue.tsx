import { App, Button, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/dates';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { errorText } from '../../../ui/error-text';
import { useClaimsQuery } from '../api/claims-query';
import { useReviewMutation } from '../api/review-mutation';
import type { QueuedClaim } from '../api/types';
import { EvidenceFiles } from './EvidenceFiles';
import { formatPoints, signedPoints } from './format';
import { ReasonModal } from '../../../ui/ReasonModal';

/** 待审核申报: the members' claims, oldest first, each approved or returned with a reason. */
export function ClaimQueue() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const claims = useClaimsQuery();
  const review = useReviewMutation();
  const [rejecting, setRejecting] = useState<QueuedClaim | null>(null);
  const [approving, setApproving] = useState<string | null>(null);
  const approve = (c: QueuedClaim) => {
    setApproving(c.id);
    review
      .mutateAsync({ entryId: c.id, decision: 'approve' })
      .then(() => void message.success(t('points.review.approved')))
      .catch((err: unknown) => void message.error(errorText(err, t)))
      .finally(() => setApproving(null));
  };
  if (claims.isError) return <ErrorAlert error={claims.error} onRetry={() => void claims.refetch()} />;
  if (claims.isPending) return <Skeleton active />;
  return (
    <>
      {claims.data.length === 0 ? <Empty description={t('points.review.queueNone')} /> : null}
      <Flex vertical gap={8} data-testid="claim-queue">
        {claims.data.map((c) => (
          <Card key={c.id} size="small" data-testid="queued-claim" styles={{ body: { padding: 12 } }}>
            <Flex vertical gap={6}>
              <Flex justify="space-between" gap={8} align="flex-start">
                <Typography.Text strong>
                  {c.name}
                  <Typography.Text type="secondary"> · {c.orgName}</Typography.Text>
                </Typography.Text>
                <Typography.Text strong type="success" style={{ whiteSpace: 'nowrap' }}>
                  {signedPoints(c.points)}
                </Typography.Text>
              </Flex>
              <Typography.Text>
                {c.itemCode} {c.itemTitle}
                {c.units !== 1 ? ` · ${t('points.entries.units', { units: formatPoints(c.units) })}` : ''}
              </Typography.Text>
              <Typography.Text type="secondary">
                {c.occurredOn} · {t('points.review.submittedAt', { time: formatDateTime(c.createdAt) })}
              </Typography.Text>
              {c.note ? (
                <Typography.Text>
                  {t('points.entries.note')}：{c.note}
                </Typography.Text>
              ) : null}
              {c.files.length > 0 ? (
                <EvidenceFiles entryId={c.id} files={c.files} />
              ) : (
                <Typography.Text type={c.evidenceRequired ? 'warning' : 'secondary'}>
                  {c.evidenceRequired ? t('points.review.evidenceNeeded') : t('points.review.noEvidence')}
                </Typography.Text>
              )}
              <Flex gap={8} justify="flex-end">
                <Button
                  size="small"
                  danger
                  onClick={() => {
                    review.reset();
                    setRejecting(c);
                  }}
                >
                  {t('points.review.reject')}
                </Button>
                <Button size="small" type="primary" loading={approving === c.id} onClick={() => approve(c)}>
                  {t('points.review.approve')}
                </Button>
              </Flex>
            </Flex>
          </Card>
        ))}
      </Flex>
      {rejecting ? (
        <ReasonModal
          title={t('points.review.rejectTitle')}
          label={t('points.review.reason')}
          okText={t('points.review.reject')}
          context={<p>{`${rejecting.name}：${rejecting.itemTitle}（${rejecting.occurredOn}）`}</p>}
          pending={review.isPending}
          error={review.error}
          onClose={() => {
            review.reset();
            setRejecting(null);
          }}
          onSubmit={(reason) =>
            review.mutate(
              { entryId: rejecting.id, decision: 'reject', reason },
              {
                onSuccess: () => {
                  void message.success(t('points.review.rejected'));
                  review.reset();
                  setRejecting(null);
                },
              },
            )
          }
        />
      ) : null}
    </>
  );
}
