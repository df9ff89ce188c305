import { Button, Card, Empty, Flex, List, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useMyRoundsQuery } from '../api/rate-api';
import { periodText } from '../components/labels';
import { RoundStatusTag } from '../components/RoundStatusTag';

/** 我的评价: the rounds I rate in, and the published rounds of my branch. */
export function MyRoundsPage() {
  const { t } = useTranslation();
  const rounds = useMyRoundsQuery();
  return (
    <>
      <PageHeader title={t('nav.evaluationMine')} />
      {rounds.isError ? <ErrorAlert error={rounds.error} onRetry={() => void rounds.refetch()} /> : null}
      {rounds.isPending ? <Skeleton active /> : null}
      {rounds.data?.length === 0 ? <Empty description={t('evaluation.my.none')} /> : null}
      {rounds.data && rounds.data.length > 0 ? (
        <Card size="small">
          <List
            dataSource={rounds.data}
            data-testid="my-rounds"
            renderItem={(r) => (
              <List.Item
                data-testid="my-round"
                actions={[
                  <Link key="go" to={`/evaluation/my/${r.id}`}>
                    <Button type={r.status === 'open' ? 'primary' : 'default'} size="small">
                      {r.status === 'open' && r.sheets > 0
                        ? t('evaluation.my.rate')
                        : t('evaluation.my.view')}
                    </Button>
                  </Link>,
                ]}
              >
                <List.Item.Meta
                  title={
                    <Flex gap={8} wrap align="center">
                      <Link to={`/evaluation/my/${r.id}`}>{r.title}</Link>
                      <RoundStatusTag status={r.status} label={r.statusLabel} />
                    </Flex>
                  }
                  description={
                    <Typography.Text type="secondary">
                      {periodText(r.year, r.quarter, t)}
                      {r.sheets > 0 ? ` · ${t('evaluation.my.progress', r)}` : ''}
                    </Typography.Text>
                  }
                />
              </List.Item>
            )}
          />
        </Card>
      ) : null}
    </>
  );
}
