import { MenuOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Drawer, Flex, Layout, Menu, theme, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useMe } from '../features/auth/hooks/useMe';
import { NotificationBell } from '../features/notifications/components/NotificationBell';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { PageSpin } from '../ui/PageSpin';
import { useIsMobile } from '../ui/useIsMobile';
import { AppBreadcrumbs } from './AppBreadcrumbs';
import { selectedEntry } from './menu-items';
import { useMenu } from './useMenu';
import { UserMenu } from './UserMenu';

function Brand({ collapsed }: { collapsed?: boolean }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Typography.Title level={4} style={{ margin: 0, color: token.colorPrimary, whiteSpace: 'nowrap' }}>
      {collapsed ? t('app.name').slice(0, 1) : t('app.name')}
    </Typography.Title>
  );
}

/** The signed-in part of the app, inside Ant Design's <App> (message, modal and notification hooks). */
export function AppLayout() {
  return (
    <AntApp>
      <Shell />
    </AntApp>
  );
}

/** The shell: side menu (a drawer on phones), breadcrumbs, user menu, and the page. */
function Shell() {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const me = useMe();
  const menu = useMenu();
  const isMobile = useIsMobile();
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const selected = selectedEntry(location.pathname, menu.paths);

  const sideMenu = (
    <Menu
      mode="inline"
      items={menu.items}
      selectedKeys={selected ? [selected] : []}
      defaultOpenKeys={menu.openKeys}
      onClick={({ key }) => {
        setDrawerOpen(false);
        void navigate(key);
      }}
      style={{ borderInlineEnd: 'none' }}
    />
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {isMobile ? null : (
        <Layout.Sider
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          width={220}
          theme="light"
          style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}
        >
          <Flex align="center" justify="center" style={{ height: 64 }}>
            <Brand collapsed={collapsed} />
          </Flex>
          <nav aria-label={t('nav.home')}>{sideMenu}</nav>
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            padding: isMobile ? '0 8px' : '0 24px',
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            display: 'flex',
            alignItems: 'center',
            gap: 12,
          }}
        >
          {isMobile ? (
            <>
              <Button
                type="text"
                icon={<MenuOutlined />}
                aria-label={t('nav.openMenu')}
                onClick={() => setDrawerOpen(true)}
              />
              <Brand />
            </>
          ) : (
            <AppBreadcrumbs />
          )}
          <div style={{ flex: 1 }} />
          {isMobile ? null : <LanguageSwitch size="small" />}
          <NotificationBell />
          <UserMenu compact={isMobile} />
        </Layout.Header>
        {me.demo ? <Alert banner type="warning" title={t('auth.demoBanner')} /> : null}
        <Layout.Content style={{ padding: isMobile ? 12 : 24, minWidth: 0 }}>
          {isMobile ? (
            <div style={{ marginBottom: 12 }}>
              <AppBreadcrumbs />
            </div>
          ) : null}
          <Suspense fallback={<PageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
      {isMobile ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={260}
          title={<Brand />}
        >
          {sideMenu}
        </Drawer>
      ) : null}
    </Layout>
  );
}
