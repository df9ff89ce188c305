import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Skeleton, Table, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useIsMobile } from '../../../ui/useIsMobile';
import { useCan } from '../../auth/hooks/useCan';
import { useTalkCoverageQuery } from '../api/talk-coverage-query';
import { useTalksQuery } from '../api/talks-query';
import { TALK_TRIGGERS, type Talk, type TalkTrigger } from '../api/types';
import { OrgYearBar } from '../components/OrgYearBar';
import { TalkCoverageMatrix } from '../components/TalkCoverageMatrix';
import { TalkModal } from '../components/TalkModal';
import { isBranch, useOrgYearParams } from '../hooks/useOrgYearParams';

/** 谈心谈话: the year's log for a branch and who still has to be talked with. */
export function TalksPage() {
  const { t } = useTranslation();
  const can = useCan();
  const isMobile = useIsMobile();
  const oy = useOrgYearParams(isBranch);
  const coverage = useTalkCoverageQuery(oy.orgId, oy.year);
  const talks = useTalksQuery(oy.orgId, oy.year);
  const [logging, setLogging] = useState(false);
  const trigger = (x: string) =>
    (TALK_TRIGGERS as readonly string[]).includes(x) ? t(`talks.triggers.${x as TalkTrigger}`) : x;
  return (
    <>
      <PageHeader
        title={t('talks.title')}
        extra={
          can('meeting:write') && oy.orgId ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setLogging(true)}>
              {t('talks.log')}
            </Button>
          ) : null
        }
      />
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        <OrgYearBar {...oy} selectable={isBranch} />
        {!oy.orgId ? <Empty description={t('orglife.pickBranch')} /> : null}
        {oy.orgId ? (
          <Tabs
            items={[
              {
                key: 'coverage',
                label: t('talks.tabCoverage'),
                children: coverage.isError ? (
                  <ErrorAlert error={coverage.error} onRetry={() => void coverage.refetch()} />
                ) : coverage.data ? (
                  <TalkCoverageMatrix coverage={coverage.data} />
                ) : (
                  <Skeleton active />
                ),
              },
              {
                key: 'log',
                label: t('talks.tabLog', { count: talks.data?.length ?? 0 }),
                children: (
                  <>
                    {talks.isError ? (
                      <ErrorAlert error={talks.error} onRetry={() => void talks.refetch()} />
                    ) : null}
                    <Table<Talk>
                      rowKey="id"
                      size="small"
                      loading={talks.isPending}
                      dataSource={talks.data ?? []}
                      scroll={{ x: 'max-content' }}
                      pagination={{ pageSize: 50, hideOnSinglePage: true }}
                      data-testid="talk-log"
                      columns={[
                        { title: t('talks.talkedOn'), dataIndex: 'talkedOn' },
                        { title: t('talks.initiator'), dataIndex: 'initiatorName' },
                        { title: t('talks.partner'), dataIndex: 'partnerName' },
                        {
                          title: t('talks.trigger'),
                          dataIndex: 'trigger',
                          render: (x: string) => trigger(x),
                        },
                        { title: t('talks.topic'), dataIndex: 'topic' },
                        { title: t('talks.followUp'), dataIndex: 'followUp' },
                      ]}
                    />
                  </>
                ),
              },
            ]}
          />
        ) : null}
      </Card>
      {logging && oy.orgId ? <TalkModal orgId={oy.orgId} onClose={() => setLogging(false)} /> : null}
    </>
  );
}
