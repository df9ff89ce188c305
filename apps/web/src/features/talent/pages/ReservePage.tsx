import { Button, Flex, Input, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useCan } from '../../auth/hooks/useCan';
import { useReserveQuery } from '../api/queries';
import type { ReserveItem } from '../api/types';
import { useTalentLabels } from '../components/labels';
import { OrgFilter } from '../components/OrgFilter';
import { PersonSearch } from '../components/PersonSearch';
import { ReserveBadges } from '../components/ReserveBadges';
import { ReviewModal } from '../components/ReviewModal';

const PAGE_SIZE = 50;

/** 后备人才库: the pool by name (never ranked), with what today's review says; removal is the branch's decision. */
export function ReservePage() {
  const { t } = useTranslation();
  const l = useTalentLabels();
  const can = useCan();
  const manage = can('talent:manage');
  const [params] = useSearchParams();
  const [orgId, setOrgId] = useState<string | undefined>();
  const [q, setQ] = useState(params.get('q') ?? '');
  const [status, setStatus] = useState<'active' | 'removed'>('active');
  const [page, setPage] = useState(1);
  const [reviewing, setReviewing] = useState<ReserveItem | null>(null);
  const pool = useReserveQuery(
    orgId ? { orgId, q: q.trim() || undefined, status, page, pageSize: PAGE_SIZE } : null,
  );
  const data = pool.data;

  return (
    <>
      <PageHeader title={t('nav.talentReserve')} extra={<PersonSearch />} />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <OrgFilter value={orgId} onChange={setOrgId} />
        <Input.Search
          allowClear
          placeholder={t('talent.filterName')}
          defaultValue={q}
          onSearch={(v) => {
            setQ(v);
            setPage(1);
          }}
          style={{ width: 200 }}
        />
        <Segmented
          value={status}
          onChange={(v) => {
            setStatus(v as 'active' | 'removed');
            setPage(1);
          }}
          options={[
            { value: 'active', label: t('talent.reserve.active') },
            { value: 'removed', label: t('talent.reserve.removed') },
          ]}
        />
      </Flex>
      {data && status === 'active' ? (
        <Space style={{ marginBottom: 12 }} wrap>
          <Tag color="error">{`${t('talent.reserve.due')} ${data.due}`}</Tag>
          <Tag color="warning">{`${t('talent.reserve.dueSoon')} ${data.dueSoon}`}</Tag>
          <Tag color="volcano">{`${t('talent.reserve.suggestRemoval')} ${data.suggestRemoval}`}</Tag>
          <Typography.Text type="secondary">{t('talent.reserve.neverAuto')}</Typography.Text>
        </Space>
      ) : null}
      {pool.isError ? <ErrorAlert error={pool.error} onRetry={() => void pool.refetch()} /> : null}
      <Table<ReserveItem>
        rowKey="id"
        size="small"
        loading={pool.isFetching}
        dataSource={data?.items ?? []}
        scroll={{ x: true }}
        onRow={() => ({ 'data-testid': 'reserve-entry' }) as HTMLAttributes<HTMLElement>}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
          showTotal: (n) => t('common.total', { count: n }),
        }}
        columns={[
          {
            title: t('fields.name'),
            key: 'name',
            render: (_: unknown, e) => <Link to={`/talent/people/${e.person.id}`}>{e.person.name}</Link>,
          },
          { title: t('fields.orgNodeName'), key: 'org', render: (_: unknown, e) => e.person.orgName },
          { title: t('talent.portrait.label'), key: 'portrait', render: (_: unknown, e) => e.portrait.title },
          { title: t('talent.reserve.enteredOn'), dataIndex: 'enteredOn' },
          {
            title: t('talent.reserve.targetTier'),
            dataIndex: 'targetTier',
            render: (v: ReserveItem['targetTier']) => l.tier(v),
          },
          ...(status === 'active'
            ? [
                {
                  title: t('talent.reserve.dueOn'),
                  key: 'due',
                  render: (_: unknown, e: ReserveItem) => (
                    <>
                      {e.review.dueOn} <ReserveBadges review={e.review} />
                    </>
                  ),
                },
                {
                  title: t('talent.reserve.criteria'),
                  key: 'criteria',
                  render: (_: unknown, e: ReserveItem) =>
                    e.review.meetsCriteria ? (
                      <Tag color="success">{t('talent.reserve.met')}</Tag>
                    ) : (
                      <Tag color="warning" title={e.review.missing.map(l.text).join('；')}>
                        {t('talent.reserve.notMet')}
                      </Tag>
                    ),
                },
              ]
            : [
                { title: t('talent.reserve.removedOn'), dataIndex: 'removedOn' },
                { title: t('talent.reason'), dataIndex: 'removedReason' },
              ]),
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, e: ReserveItem) => (
              <Space size={8}>
                <Link to={`/talent/reserve/${e.id}`}>{t('common.details')}</Link>
                {manage && e.status === 'active' ? (
                  <Button size="small" onClick={() => setReviewing(e)}>
                    {t('talent.reserve.review')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      {reviewing ? <ReviewModal entry={reviewing} onClose={() => setReviewing(null)} /> : null}
    </>
  );
}
