import { DownOutlined, GlobalOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { ROLES } from '@zhibu/shared';
import { Button, Dropdown, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogoutMutation } from '../features/auth/api/logout-mutation';
import { useMe } from '../features/auth/hooks/useMe';
import { setLanguage } from '../i18n';
import { enumLabel, withNote } from '../ui/enum-label';
import { useLang } from '../ui/useLang';

/** Name and roles; change password, language and sign-out. */
export function UserMenu({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useMe();
  const navigate = useNavigate();
  const logout = useLogoutMutation();
  const roleText = me.roles
    .map((r) => withNote(enumLabel(ROLES, r.role, lang), r.orgName, lang))
    .join(lang === 'zh' ? '、' : ', ');
  const items: MenuProps['items'] = [
    {
      key: 'who',
      disabled: true,
      label: (
        <div style={{ maxWidth: 280 }}>
          <Typography.Text strong>{me.user.displayName}</Typography.Text>
          <br />
          <Typography.Text type="secondary">{roleText || me.user.username}</Typography.Text>
        </div>
      ),
    },
    { type: 'divider' },
    { key: 'password', icon: <KeyOutlined />, label: t('nav.changePassword') },
    {
      key: 'lang',
      icon: <GlobalOutlined />,
      label: t('app.language'),
      children: [
        { key: 'lang:zh-CN', label: '中文' },
        { key: 'lang:en', label: 'English' },
      ],
    },
    { key: 'logout', icon: <LogoutOutlined />, label: t('nav.logout'), danger: true },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') void navigate('/change-password');
    else if (key === 'lang:zh-CN' || key === 'lang:en') void setLanguage(key === 'lang:en' ? 'en' : 'zh-CN');
    else if (key === 'logout') {
      logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) });
    }
  };
  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']}>
      <Button type="text" icon={<UserOutlined />} aria-label={t('nav.userMenu')} data-testid="user-menu">
        {compact ? null : (
          <>
            {me.user.displayName} <DownOutlined />
          </>
        )}
      </Button>
    </Dropdown>
  );
}
