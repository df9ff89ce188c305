import type { TalentTier } from '@zhibu/shared';
import { Flex, Input, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useTiersQuery } from '../api/queries';
import type { TierItem } from '../api/types';
import { useTalentLabels } from '../components/labels';
import { OrgFilter } from '../components/OrgFilter';
import { PersonSearch } from '../components/PersonSearch';

const PAGE_SIZE = 50;

/** 人才梯队: who holds 领军 / 精英 / 雏鹰, by name; a list to look people up in, never a ranking. */
export function TiersPage() {
  const { t } = useTranslation();
  const l = useTalentLabels();
  const [orgId, setOrgId] = useState<string | undefined>();
  const [tier, setTier] = useState<TalentTier | undefined>();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const tiers = useTiersQuery(
    orgId ? { orgId, tier, q: q.trim() || undefined, page, pageSize: PAGE_SIZE } : null,
  );
  return (
    <>
      <PageHeader title={t('nav.talentTiers')} extra={<PersonSearch />} />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <OrgFilter value={orgId} onChange={setOrgId} />
        <Select
          allowClear
          placeholder={t('talent.tier.label')}
          value={tier}
          onChange={(v: TalentTier | undefined) => {
            setTier(v);
            setPage(1);
          }}
          options={l.tierOptions}
          style={{ width: 160 }}
        />
        <Input.Search
          allowClear
          placeholder={t('talent.filterName')}
          onSearch={(v) => {
            setQ(v);
            setPage(1);
          }}
          style={{ width: 200 }}
        />
      </Flex>
      {tiers.isError ? <ErrorAlert error={tiers.error} onRetry={() => void tiers.refetch()} /> : null}
      <Table<TierItem>
        rowKey={(r) => r.person.id}
        size="small"
        loading={tiers.isFetching}
        dataSource={tiers.data?.items ?? []}
        scroll={{ x: true }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: tiers.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
          showTotal: (n) => t('common.total', { count: n }),
        }}
        columns={[
          {
            title: t('fields.name'),
            key: 'name',
            render: (_: unknown, r) => <Link to={`/talent/people/${r.person.id}`}>{r.person.name}</Link>,
          },
          { title: t('fields.orgNodeName'), key: 'org', render: (_: unknown, r) => r.person.orgName },
          { title: t('fields.jobPost'), key: 'post', render: (_: unknown, r) => r.person.jobPost },
          {
            title: t('talent.tier.label'),
            dataIndex: 'tier',
            render: (v: TalentTier) => <Tag color="red">{l.tier(v)}</Tag>,
          },
          { title: t('talent.tier.assignedOn'), dataIndex: 'assignedOn' },
          { title: t('talent.reason'), dataIndex: 'reason' },
        ]}
      />
    </>
  );
}
