import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useIsMobile } from '../../../ui/useIsMobile';
import { useRuleSetsQuery } from '../api/rule-sets-query';
import type { RuleSetListItem } from '../api/types';
import { CreateRuleSetModal } from '../components/CreateRuleSetModal';
import { PublishButton } from '../components/PublishButton';
import { RuleSetStatusTag } from '../components/RuleSetStatusTag';

/** 积分规则: each year's versioned rule sets per scope; a draft is made from a template and published. */
export function RuleSetsPage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const ruleSets = useRuleSetsQuery();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('points.ruleSets.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('points.ruleSets.fromTemplate')}
          </Button>
        }
      />
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        {ruleSets.isError ? (
          <ErrorAlert error={ruleSets.error} onRetry={() => void ruleSets.refetch()} />
        ) : null}
        <Table<RuleSetListItem>
          rowKey="id"
          size="middle"
          loading={ruleSets.isPending}
          dataSource={ruleSets.data ?? []}
          scroll={{ x: 'max-content' }}
          pagination={false}
          locale={{ emptyText: t('points.ruleSets.none') }}
          data-testid="rule-set-table"
          columns={[
            { title: t('points.ruleSets.year'), dataIndex: 'year' },
            {
              title: t('points.ruleSets.name'),
              key: 'name',
              render: (_, r) => <Link to={`/points/rule-sets/${r.id}`}>{r.name}</Link>,
            },
            { title: t('points.ruleSets.scope'), dataIndex: 'scopeName' },
            {
              title: t('points.ruleSets.version'),
              key: 'version',
              render: (_, r) => t('points.ruleSets.versionLabel', { version: r.version }),
            },
            { title: t('points.ruleSets.items'), dataIndex: 'items', align: 'right' },
            {
              title: t('points.ruleSets.status'),
              key: 'status',
              render: (_, r) => <RuleSetStatusTag status={r.status} />,
            },
            {
              title: t('common.actions'),
              key: 'actions',
              render: (_, r) => (r.status === 'draft' ? <PublishButton id={r.id} size="small" /> : null),
            },
          ]}
        />
      </Card>
      {creating ? <CreateRuleSetModal onClose={() => setCreating(false)} /> : null}
    </>
  );
}
