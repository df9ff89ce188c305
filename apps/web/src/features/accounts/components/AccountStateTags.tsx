import { Flex, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/dates';
import type { Account } from '../api/types';

export function AccountStateTags({ account }: { account: Account }) {
  const { t } = useTranslation();
  return (
    <Flex gap={4} wrap>
      {account.disabled ? (
        <Tag color="default">{t('accounts.disabled')}</Tag>
      ) : (
        <Tag color="success">{t('accounts.enabled')}</Tag>
      )}
      {account.locked ? (
        <Tooltip title={t('accounts.lockedUntil', { time: formatDateTime(account.lockedUntil) })}>
          <Tag color="error">{t('accounts.locked')}</Tag>
        </Tooltip>
      ) : null}
      {account.mustChangePassword ? <Tag color="warning">{t('accounts.mustChange')}</Tag> : null}
    </Flex>
  );
}
