import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useAccountsQuery } from '../api/accounts-query';
import type { Account } from '../api/types';
import { AccountActions } from '../components/AccountActions';
import { AccountFilters } from '../components/AccountFilters';
import { AccountFormModal } from '../components/AccountFormModal';
import { AccountTable } from '../components/AccountTable';
import { ResetPasswordModal } from '../components/ResetPasswordModal';
import { RoleTags } from '../components/RoleTags';
import { useAccountListParams } from '../hooks/useAccountListParams';

type Dialog =
  { kind: 'create' } | { kind: 'edit'; account: Account } | { kind: 'reset'; account: Account } | null;

/** System administrator: accounts and their sign-in state (roles are the security administrator's). */
export function AccountsPage() {
  const { t } = useTranslation();
  const { params, update } = useAccountListParams();
  const accounts = useAccountsQuery(params);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  return (
    <>
      <PageHeader
        title={t('accounts.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
            {t('accounts.create')}
          </Button>
        }
      />
      <Card>
        <AccountFilters params={params} update={update} />
        {accounts.isError ? (
          <ErrorAlert error={accounts.error} onRetry={() => void accounts.refetch()} />
        ) : null}
        <AccountTable
          data={accounts.data}
          loading={accounts.isFetching}
          params={params}
          update={update}
          roles={(a) => <RoleTags roles={a.roles} />}
          actions={(a) => (
            <AccountActions
              account={a}
              onEdit={() => setDialog({ kind: 'edit', account: a })}
              onResetPassword={() => setDialog({ kind: 'reset', account: a })}
            />
          )}
        />
      </Card>
      {dialog?.kind === 'create' ? <AccountFormModal onClose={close} /> : null}
      {dialog?.kind === 'edit' ? <AccountFormModal account={dialog.account} onClose={close} /> : null}
      {dialog?.kind === 'reset' ? <ResetPasswordModal account={dialog.account} onClose={close} /> : null}
    </>
  );
}
