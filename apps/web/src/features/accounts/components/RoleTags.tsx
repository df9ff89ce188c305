import { ROLES } from '@zhibu/shared';
import { Flex, Popconfirm, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { enumLabel, withNote } from '../../../ui/enum-label';
import { useLang } from '../../../ui/useLang';
import type { AccountRole } from '../api/types';

type Props = { roles: AccountRole[]; onRevoke?: (r: AccountRole) => void };

/** An account's roles with their scope; closable (after confirmation) when revoking is allowed. */
export function RoleTags({ roles, onRevoke }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  if (roles.length === 0) return <Typography.Text type="secondary">{t('accounts.noRoles')}</Typography.Text>;
  return (
    <Flex gap={4} wrap>
      {roles.map((r) => {
        const label = withNote(enumLabel(ROLES, r.role, lang), r.orgName, lang);
        if (!onRevoke) return <Tag key={r.id}>{label}</Tag>;
        return (
          <Popconfirm
            key={r.id}
            title={t('accounts.revokeConfirm', { role: enumLabel(ROLES, r.role, lang), org: r.orgName })}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={() => onRevoke(r)}
          >
            <Tag closable onClose={(e) => e.preventDefault()} style={{ cursor: 'pointer' }}>
              {label}
            </Tag>
          </Popconfirm>
        );
      })}
    </Flex>
  );
}
