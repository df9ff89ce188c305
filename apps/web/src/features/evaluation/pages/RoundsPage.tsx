import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useIsMobile } from '../../../ui/useIsMobile';
import { useRoundsQuery } from '../api/manage-api';
import type { RoundListItem } from '../api/types';
import { CreateRoundModal } from '../components/CreateRoundModal';
import { periodText } from '../components/labels';
import { RoundStatusTag } from '../components/RoundStatusTag';

/** 岗位量化评价: the rounds of the branches in the user's scope, newest first. */
export function RoundsPage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const rounds = useRoundsQuery();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('nav.evaluationRounds')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('evaluation.rounds.create')}
          </Button>
        }
      />
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        {rounds.isError ? <ErrorAlert error={rounds.error} onRetry={() => void rounds.refetch()} /> : null}
        <Table<RoundListItem>
          rowKey="id"
          size="middle"
          loading={rounds.isPending}
          dataSource={rounds.data ?? []}
          scroll={{ x: 'max-content' }}
          pagination={false}
          locale={{ emptyText: t('evaluation.rounds.none') }}
          data-testid="evaluation-rounds"
          columns={[
            {
              title: t('evaluation.rounds.name'),
              key: 'title',
              render: (_, r) => <Link to={`/evaluation/rounds/${r.id}`}>{r.title}</Link>,
            },
            { title: t('evaluation.rounds.org'), dataIndex: 'orgName' },
            {
              title: t('evaluation.rounds.period'),
              key: 'period',
              render: (_, r) => periodText(r.year, r.quarter, t),
            },
            {
              title: t('evaluation.rounds.ratees'),
              key: 'ratees',
              align: 'right',
              render: (_, r) => (r.status === 'draft' ? '–' : r.ratees),
            },
            {
              title: t('evaluation.rounds.status'),
              key: 'status',
              render: (_, r) => <RoundStatusTag status={r.status} label={r.statusLabel} />,
            },
            { title: t('evaluation.rounds.template'), dataIndex: 'templateName' },
          ]}
        />
      </Card>
      {creating ? <CreateRoundModal onClose={() => setCreating(false)} /> : null}
    </>
  );
}
