import { App, Button, Flex, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import type { Account } from '../api/types';
import { useUnlockAccountMutation } from '../api/unlock-account-mutation';
import { useUpdateAccountMutation } from '../api/update-account-mutation';

type Props = { account: Account; onEdit: () => void; onResetPassword: () => void };

/** The system administrator's actions on one account. */
export function AccountActions({ account, onEdit, onResetPassword }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdateAccountMutation();
  const unlock = useUnlockAccountMutation();
  const fail = (err: unknown) => void message.error(errorText(err, t));
  return (
    <Flex gap={0} wrap>
      <Button type="link" size="small" onClick={onEdit}>
        {t('common.edit')}
      </Button>
      <Popconfirm
        title={
          account.disabled
            ? t('accounts.enableConfirm', { username: account.username })
            : t('accounts.disableConfirm', { username: account.username })
        }
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        onConfirm={() =>
          update
            .mutateAsync({ id: account.id, disabled: !account.disabled })
            .then(() => void message.success(t('common.done')), fail)
        }
      >
        <Button type="link" size="small" danger={!account.disabled}>
          {account.disabled ? t('accounts.enable') : t('accounts.disable')}
        </Button>
      </Popconfirm>
      <Button type="link" size="small" onClick={onResetPassword}>
        {t('accounts.resetPassword')}
      </Button>
      {account.locked ? (
        <Button
          type="link"
          size="small"
          loading={unlock.isPending}
          onClick={() =>
            unlock.mutate(account.id, {
              onSuccess: () => void message.success(t('accounts.unlocked')),
              onError: fail,
            })
          }
        >
          {t('accounts.unlock')}
        </Button>
      ) : null}
    </Flex>
  );
}
