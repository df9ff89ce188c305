import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useCan } from '../../auth/hooks/useCan';
import { useAccountsQuery } from '../api/accounts-query';
import { useRevokeRoleMutation } from '../api/revoke-role-mutation';
import type { Account } from '../api/types';
import { AccountFilters } from '../components/AccountFilters';
import { AccountTable } from '../components/AccountTable';
import { AssignRoleModal } from '../components/AssignRoleModal';
import { RoleTags } from '../components/RoleTags';
import { useAccountListParams } from '../hooks/useAccountListParams';

/** Security administrator: who holds which role where. */
export function RoleAssignmentPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = useCan();
  const mayWrite = can('role:write');
  const { params, update } = useAccountListParams();
  const accounts = useAccountsQuery(params);
  const revoke = useRevokeRoleMutation();
  const [assigning, setAssigning] = useState<Account | null>(null);
  return (
    <>
      <PageHeader title={t('accounts.rolesTitle')} />
      <Card>
        <Alert type="info" showIcon title={t('accounts.separationHint')} style={{ marginBottom: 16 }} />
        <AccountFilters params={params} update={update} />
        {accounts.isError ? (
          <ErrorAlert error={accounts.error} onRetry={() => void accounts.refetch()} />
        ) : null}
        <AccountTable
          data={accounts.data}
          loading={accounts.isFetching}
          params={params}
          update={update}
          roles={(a) => (
            <RoleTags
              roles={a.roles}
              onRevoke={
                mayWrite
                  ? (r) =>
                      revoke.mutate(
                        { accountId: a.id, assignmentId: r.id },
                        {
                          onSuccess: () => void message.success(t('accounts.revoked')),
                          onError: (err) => void message.error(errorText(err, t)),
                        },
                      )
                  : undefined
              }
            />
          )}
          actions={(a) =>
            mayWrite ? (
              <Button size="small" icon={<PlusOutlined />} onClick={() => setAssigning(a)}>
                {t('accounts.assign')}
              </Button>
            ) : null
          }
        />
      </Card>
      {assigning ? <AssignRoleModal account={assigning} onClose={() => setAssigning(null)} /> : null}
    </>
  );
}
