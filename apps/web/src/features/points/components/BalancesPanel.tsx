import { PARTY_STATUSES } from '@zhibu/shared';
import { Alert, Flex, Input, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toQueryString } from '../../../lib/http';
import { enumLabel } from '../../../ui/enum-label';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useLang } from '../../../ui/useLang';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import { useBalancesQuery } from '../api/balances-query';
import type { BalanceRow, PeriodParams } from '../api/types';
import { useScopeRoot } from '../hooks/useScopeRoot';
import { formatPoints } from './format';
import { PeriodPicker } from './PeriodPicker';

type Props = { period: PeriodParams; setPeriod: (p: PeriodParams) => void };

const PAGE_SIZE = 20;

/**
 * 党员积分: the members of an organisation with their balances, in name order: a roster to look people
 * up in, not a ranking. Ordering by points is offered only where the committee turned it on in the rule
 * set in force (the server refuses it otherwise).
 */
export function BalancesPanel({ period, setPeriod }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { rootId } = useScopeRoot();
  const [orgId, setOrgId] = useState<string | undefined>();
  const [q, setQ] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const [order, setOrder] = useState<'name' | 'points'>('name');
  const org = orgId ?? rootId;
  const balances = useBalancesQuery(org ? { orgId: org, ...period, q, page, pageSize: PAGE_SIZE, order } : null);
  const ranking = balances.data?.rankingAllowed ?? false;
  const periodQuery = toQueryString({ year: period.year, quarter: period.quarter });
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center">
        <div style={{ flex: '1 1 220px', maxWidth: 320 }}>
          <OrgTreeSelect
            value={org}
            onChange={(v) => {
              setOrgId(v);
              setPage(1);
              // Another organisation may fall under a rule set without ordering by points.
              setOrder('name');
            }}
            placeholder={t('points.balances.org')}
          />
        </div>
        <Input.Search
          allowClear
          onSearch={(v) => {
            setQ(v.trim() || undefined);
            setPage(1);
          }}
          placeholder={t('points.balances.search')}
          aria-label={t('points.balances.search')}
          style={{ width: 200 }}
        />
        <PeriodPicker
          value={period}
          onChange={(p) => {
            setPeriod(p);
            setPage(1);
            setOrder('name');
          }}
        />
      </Flex>
      <Flex gap={8} wrap align="center">
        {ranking ? (
          <Segmented<'name' | 'points'>
            value={order}
            onChange={(v) => {
              setOrder(v);
              setPage(1);
            }}
            options={[
              { value: 'name', label: t('points.balances.byName') },
              { value: 'points', label: t('points.balances.byPoints') },
            ]}
            data-testid="balance-order"
          />
        ) : null}
        <Typography.Text type="secondary">
          {order === 'points' ? t('points.balances.pointsOrder') : t('points.balances.nameOrder')}
        </Typography.Text>
      </Flex>
      {balances.isError ? (
        <ErrorAlert error={balances.error} onRetry={() => void balances.refetch()} />
      ) : null}
      {balances.data && !balances.data.ruleSet ? (
        <Alert type="info" showIcon title={t('points.noRuleSet')} />
      ) : null}
      <Table<BalanceRow>
        rowKey="personId"
        size="middle"
        loading={balances.isFetching}
        dataSource={balances.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('points.balances.none') }}
        data-testid="balance-table"
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: balances.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('common.total', { count: total }),
          onChange: setPage,
        }}
        columns={[
          {
            title: t('points.balances.name'),
            key: 'name',
            render: (_, r) => <Link to={`/points/people/${r.personId}${periodQuery}`}>{r.name}</Link>,
          },
          { title: t('points.balances.orgName'), dataIndex: 'orgName' },
          {
            title: t('points.balances.partyStatus'),
            key: 'partyStatus',
            render: (_, r) => enumLabel(PARTY_STATUSES, r.partyStatus, lang),
          },
          {
            title: t('points.balances.total'),
            key: 'total',
            align: 'right',
            render: (_, r) => (
              <>
                {formatPoints(r.total)}
                {r.vetoed ? (
                  <Tag color="red" style={{ marginInlineStart: 8 }}>
                    {t('points.balances.vetoed')}
                  </Tag>
                ) : null}
              </>
            ),
          },
          {
            title: t('points.balances.positive'),
            key: 'positive',
            align: 'right',
            render: (_, r) => formatPoints(r.positive),
          },
          {
            title: t('points.balances.negative'),
            key: 'negative',
            align: 'right',
            render: (_, r) => formatPoints(r.negative),
          },
          { title: t('points.balances.pending'), dataIndex: 'pending', align: 'right' },
        ]}
      />
    </Flex>
  );
}
