import { Card, Empty, Flex, Select, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useMyCredentialsQuery, useMyMatchQuery, useMyTalentQuery } from '../api/queries';
import { CredentialsPanel } from '../components/CredentialsPanel';
import { useTalentLabels } from '../components/labels';
import { MatchPanel } from '../components/MatchPanel';

/** 我的人才档案: one's own credentials, tier and the portraits one has been scored against. */
export function MyTalentPage() {
  const { t } = useTranslation();
  const l = useTalentLabels();
  const me = useMyTalentQuery();
  const credentials = useMyCredentialsQuery();
  const [chosen, setChosen] = useState<string | undefined>();
  const portraitId = chosen ?? me.data?.portraits[0]?.id;
  const match = useMyMatchQuery(portraitId);
  return (
    <>
      <PageHeader title={t('nav.talentMine')} />
      {me.isError ? <ErrorAlert error={me.error} onRetry={() => void me.refetch()} /> : null}
      {me.isPending ? <Skeleton active /> : null}
      {me.data ? (
        <Flex vertical gap={16}>
          <Card size="small" title={t('talent.tier.current')}>
            {me.data.tier ? (
              <>
                <Tag color="red">{l.tier(me.data.tier.tier)}</Tag>
                <Typography.Text>{`${me.data.tier.assignedOn} ${me.data.tier.reason}`}</Typography.Text>
              </>
            ) : (
              <Typography.Text type="secondary">{t('talent.tier.none')}</Typography.Text>
            )}
          </Card>
          <Card title={t('talent.credentials.title')}>
            {credentials.isError ? (
              <ErrorAlert error={credentials.error} onRetry={() => void credentials.refetch()} />
            ) : null}
            {credentials.data ? <CredentialsPanel data={credentials.data} /> : <Skeleton active />}
          </Card>
          <Card
            title={t('talent.match.title')}
            extra={
              me.data.portraits.length > 0 ? (
                <Select
                  style={{ minWidth: 220 }}
                  value={portraitId}
                  aria-label={t('talent.portrait.label')}
                  onChange={setChosen}
                  options={me.data.portraits.map((p) => ({ value: p.id, label: `${p.title}（${p.score}）` }))}
                />
              ) : null
            }
          >
            {me.data.portraits.length === 0 ? <Empty description={t('talent.scores.none')} /> : null}
            {match.isError ? <ErrorAlert error={match.error} onRetry={() => void match.refetch()} /> : null}
            {match.data ? <MatchPanel view={match.data} /> : null}
          </Card>
        </Flex>
      ) : null}
    </>
  );
}
