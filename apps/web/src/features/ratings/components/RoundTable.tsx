import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RoundListItem } from '../api/types';
import { periodText } from './period';
import { RoundStatusTag } from './RoundStatusTag';

type Props = { items: RoundListItem[] | undefined; loading: boolean };

/** Rating rounds on wide screens. */
export function RoundTable({ items, loading }: Props) {
  const { t } = useTranslation();
  return (
    <Table<RoundListItem>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={items ?? []}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('ratings.rounds.none') }}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => t('common.total', { count: n }) }}
      data-testid="round-table"
      columns={[
        {
          title: t('ratings.rounds.colTitle'),
          dataIndex: 'title',
          render: (title: string, r) => <Link to={`/ratings/rounds/${r.id}`}>{title}</Link>,
        },
        {
          title: t('ratings.rounds.status'),
          key: 'status',
          render: (_, r) => <RoundStatusTag status={r.status} />,
        },
        {
          title: t('ratings.rounds.period'),
          key: 'period',
          render: (_, r) => periodText(r.year, r.quarter, t),
        },
        { title: t('ratings.rounds.scope'), dataIndex: 'scopeName' },
        {
          title: t('ratings.rounds.scheme'),
          key: 'scheme',
          render: (_, r) => t('ratings.rounds.schemeVersion', { name: r.schemeName, version: r.version }),
        },
      ]}
    />
  );
}
