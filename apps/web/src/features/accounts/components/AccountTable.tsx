import { Table } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/dates';
import type { Account, AccountListParams } from '../api/types';
import { AccountStateTags } from './AccountStateTags';

type Props = {
  data: { items: Account[]; total: number } | undefined;
  loading: boolean;
  params: AccountListParams;
  update: (p: Partial<AccountListParams>) => void;
  roles: (a: Account) => ReactNode;
  actions: (a: Account) => ReactNode;
};

/** Accounts for both separated administrators; each page supplies its own role cell and actions. */
export function AccountTable({ data, loading, params, update, roles, actions }: Props) {
  const { t } = useTranslation();
  return (
    <Table<Account>
      rowKey="id"
      loading={loading}
      dataSource={data?.items ?? []}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: params.page,
        pageSize: params.pageSize,
        total: data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (n) => t('common.total', { count: n }),
        onChange: (page, pageSize) => update({ page, pageSize }),
      }}
      columns={[
        { title: t('accounts.username'), dataIndex: 'username', fixed: 'left' },
        { title: t('accounts.displayName'), dataIndex: 'displayName' },
        { title: t('accounts.phone'), dataIndex: 'phone' },
        { title: t('accounts.person'), dataIndex: 'personName' },
        { title: t('accounts.roles'), key: 'roles', render: (_, a) => roles(a) },
        { title: t('accounts.state'), key: 'state', render: (_, a) => <AccountStateTags account={a} /> },
        {
          title: t('accounts.lastLoginAt'),
          dataIndex: 'lastLoginAt',
          render: (v: string | null) => formatDateTime(v),
        },
        { title: t('common.actions'), key: 'actions', render: (_, a) => actions(a) },
      ]}
    />
  );
}
