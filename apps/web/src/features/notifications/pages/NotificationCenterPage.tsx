import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../ui/PageHeader';
import { useIsMobile } from '../../../ui/useIsMobile';
import { NoticeList } from '../components/NoticeList';
import { PreferencesForm } from '../components/PreferencesForm';

/** Every signed-in user's notices and their reminder settings. */
export function NotificationCenterPage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'settings' ? 'settings' : 'notices';
  return (
    <>
      <PageHeader title={t('notifications.title')} />
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams(k === 'settings' ? { tab: k } : {}, { replace: true })}
          items={[
            { key: 'notices', label: t('notifications.tabNotices'), children: <NoticeList /> },
            { key: 'settings', label: t('notifications.tabSettings'), children: <PreferencesForm /> },
          ]}
        />
      </Card>
    </>
  );
}
