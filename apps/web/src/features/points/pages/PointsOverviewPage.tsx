import { Card, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useIsMobile } from '../../../ui/useIsMobile';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import { useAggregatesQuery } from '../api/aggregates-query';
import type { BranchAggregate } from '../api/types';
import { formatPoints } from '../components/format';
import { PeriodPicker } from '../components/PeriodPicker';
import { usePeriodParams } from '../hooks/usePeriodParams';
import { useScopeRoot } from '../hooks/useScopeRoot';

/** 积分概况: per branch the members with points, the average, vetoes and claims pending. Never individuals. */
export function PointsOverviewPage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const { period, setPeriod } = usePeriodParams();
  const { rootId } = useScopeRoot();
  const [orgId, setOrgId] = useState<string | undefined>();
  const org = orgId ?? rootId;
  const aggregates = useAggregatesQuery(org, period);
  return (
    <>
      <PageHeader title={t('points.overview.title')} />
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        <Flex vertical gap={12}>
          <Flex gap={8} wrap align="center">
            <div style={{ flex: '1 1 220px', maxWidth: 320 }}>
              <OrgTreeSelect value={org} onChange={setOrgId} placeholder={t('points.overview.org')} />
            </div>
            <PeriodPicker value={period} onChange={setPeriod} />
          </Flex>
          <Typography.Text type="secondary">{t('points.overview.hint')}</Typography.Text>
          {aggregates.isError ? (
            <ErrorAlert error={aggregates.error} onRetry={() => void aggregates.refetch()} />
          ) : null}
          <Table<BranchAggregate>
            rowKey="orgId"
            size="middle"
            loading={aggregates.isFetching}
            dataSource={aggregates.data ?? []}
            scroll={{ x: 'max-content' }}
            pagination={false}
            locale={{ emptyText: t('points.overview.none') }}
            data-testid="aggregate-table"
            columns={[
              { title: t('points.overview.branch'), dataIndex: 'orgName' },
              { title: t('points.overview.members'), dataIndex: 'members', align: 'right' },
              {
                title: t('points.overview.average'),
                key: 'average',
                align: 'right',
                render: (_, a) => (a.average === null ? '—' : formatPoints(a.average)),
              },
              { title: t('points.overview.vetoed'), dataIndex: 'vetoed', align: 'right' },
              { title: t('points.overview.pending'), dataIndex: 'pending', align: 'right' },
            ]}
          />
        </Flex>
      </Card>
    </>
  );
}
