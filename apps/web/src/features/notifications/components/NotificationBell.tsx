import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Flex, Popover } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMarkAllReadMutation } from '../api/mark-all-read-mutation';
import { useNotificationsQuery } from '../api/notifications-query';
import { NoticeItem } from './NoticeItem';

const PREVIEW = 5;

/** The header bell: the unread count, the latest unread notices, and the way to the centre. */
export function NotificationBell() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const unread = useNotificationsQuery(true);
  const markAll = useMarkAllReadMutation();
  const count = unread.data?.unread ?? 0;
  const items = (unread.data?.items ?? []).slice(0, PREVIEW);
  const content = (
    <Flex vertical style={{ width: 320, maxWidth: '80vw' }} onClick={() => setOpen(false)}>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.noneUnread')} />
      ) : (
        items.map((n) => <NoticeItem key={n.id} notice={n} compact />)
      )}
      <Flex justify="space-between" style={{ paddingTop: 8 }}>
        <Button size="small" type="text" disabled={count === 0} onClick={() => markAll.mutate()}>
          {t('notifications.markAllRead')}
        </Button>
        <Link to="/notifications">
          <Button size="small" type="link">
            {t('notifications.viewAll')}
          </Button>
        </Link>
      </Flex>
    </Flex>
  );
  return (
    <Popover
      content={content}
      title={t('notifications.title')}
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      placement="bottomRight"
    >
      <Button
        type="text"
        aria-label={t('notifications.bell', { count })}
        data-testid="notification-bell"
        icon={
          <Badge count={count} size="small" overflowCount={99}>
            <BellOutlined style={{ fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  );
}
