import { Button, Empty, Flex, Segmented, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useMarkAllReadMutation } from '../api/mark-all-read-mutation';
import { useNotificationsQuery } from '../api/notifications-query';
import { NoticeItem } from './NoticeItem';

/** All notices (the latest 100) or the unread ones. */
export function NoticeList() {
  const { t } = useTranslation();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useNotificationsQuery(unreadOnly);
  const markAll = useMarkAllReadMutation();
  const items = list.data?.items ?? [];
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" gap={8} wrap>
        <Segmented<'all' | 'unread'>
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(v) => setUnreadOnly(v === 'unread')}
          options={[
            { value: 'all', label: t('notifications.all') },
            { value: 'unread', label: t('notifications.unreadCount', { count: list.data?.unread ?? 0 }) },
          ]}
        />
        <Button onClick={() => markAll.mutate()} loading={markAll.isPending} disabled={!list.data?.unread}>
          {t('notifications.markAllRead')}
        </Button>
      </Flex>
      {list.isError ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      <Spin spinning={list.isFetching && !list.data}>
        <div data-testid="notice-list">
          {items.length === 0 && !list.isPending ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.none')} />
          ) : (
            items.map((n) => <NoticeItem key={n.id} notice={n} />)
          )}
        </div>
      </Spin>
    </Flex>
  );
}
