import { App, Button, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/dates';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useAppealsQuery } from '../api/appeals-query';
import { useDecideAppealMutation } from '../api/decide-appeal-mutation';
import type { OpenAppeal } from '../api/types';
import { EntryStatusTag } from '../components/EntryTags';
import { signedPoints } from '../components/format';
import { ReasonModal } from '../../../ui/ReasonModal';

type Deciding = { appeal: OpenAppeal; decision: 'uphold' | 'dismiss' };

/** 申诉裁决: the committee decides members' appeals against the branch's review or record, with a reason. */
export function AppealsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const appeals = useAppealsQuery();
  const decide = useDecideAppealMutation();
  const [deciding, setDeciding] = useState<Deciding | null>(null);
  const open = (appeal: OpenAppeal, decision: Deciding['decision']) => {
    decide.reset();
    setDeciding({ appeal, decision });
  };
  return (
    <>
      <PageHeader title={t('points.appeals.title')} />
      {appeals.isError ? <ErrorAlert error={appeals.error} onRetry={() => void appeals.refetch()} /> : null}
      {appeals.isPending ? <Skeleton active /> : null}
      {appeals.data?.length === 0 ? (
        <Card>
          <Empty description={t('points.appeals.none')} />
        </Card>
      ) : null}
      <Flex vertical gap={8} data-testid="appeal-queue">
        {(appeals.data ?? []).map((a) => (
          <Card key={a.id} size="small" data-testid="open-appeal" styles={{ body: { padding: 12 } }}>
            <Flex vertical gap={6}>
              <Flex justify="space-between" gap={8} align="flex-start">
                <Typography.Text strong>
                  {a.name}
                  <Typography.Text type="secondary"> · {a.orgName}</Typography.Text>
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                  {t('points.appeals.filedAt', { time: formatDateTime(a.createdAt) })}
                </Typography.Text>
              </Flex>
              <Flex gap={8} wrap align="center">
                <Typography.Text>
                  {a.itemCode} {a.itemTitle}
                </Typography.Text>
                <Typography.Text type="secondary">{a.occurredOn}</Typography.Text>
                <Typography.Text strong type={a.points < 0 ? 'danger' : 'success'}>
                  {signedPoints(a.points)}
                </Typography.Text>
                <EntryStatusTag status={a.entryStatus} />
              </Flex>
              {a.note ? (
                <Typography.Text>
                  {t('points.appeals.note')}：{a.note}
                </Typography.Text>
              ) : null}
              {a.reviewReason ? (
                <Typography.Text>
                  {t('points.appeals.reviewReason')}：{a.reviewReason}
                </Typography.Text>
              ) : null}
              <Typography.Text strong>
                {t('points.appeals.appealReason')}：{a.reason}
              </Typography.Text>
              <Flex gap={8} justify="flex-end">
                <Button size="small" onClick={() => open(a, 'dismiss')}>
                  {t('points.appeals.dismiss')}
                </Button>
                <Button size="small" type="primary" onClick={() => open(a, 'uphold')}>
                  {t('points.appeals.uphold')}
                </Button>
              </Flex>
            </Flex>
          </Card>
        ))}
      </Flex>
      {deciding ? (
        <ReasonModal
          title={
            deciding.decision === 'uphold'
              ? t('points.appeals.upholdTitle')
              : t('points.appeals.dismissTitle')
          }
          label={t('points.appeals.reason')}
          okText={deciding.decision === 'uphold' ? t('points.appeals.uphold') : t('points.appeals.dismiss')}
          context={
            <p>{`${deciding.appeal.name}：${deciding.appeal.itemTitle}（${deciding.appeal.occurredOn}）`}</p>
          }
          pending={decide.isPending}
          error={decide.error}
          onClose={() => setDeciding(null)}
          onSubmit={(reason) =>
            decide.mutate(
              { appealId: deciding.appeal.id, decision: deciding.decision, reason },
              {
                onSuccess: () => {
                  void message.success(t('points.appeals.decided'));
                  setDeciding(null);
                },
              },
            )
          }
        />
      ) : null}
    </>
  );
}
