import { Badge, Button, Flex, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../../lib/dates';
import { useMarkReadMutation } from '../api/mark-read-mutation';
import type { Notice } from '../api/types';
import { noticePath } from '../hooks/useNoticeLink';
import { NoticeTypeTag } from './NoticeTypeTag';

/** One notice; opening it marks it read and follows its link. */
export function NoticeItem({ notice: n, compact }: { notice: Notice; compact?: boolean }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const markRead = useMarkReadMutation();
  const path = noticePath(n.link);
  const unread = n.readAt === null;
  const open = () => {
    if (unread) markRead.mutate(n.id);
    if (path) void navigate(path);
  };
  return (
    <div
      data-testid="notice"
      style={{ padding: compact ? '8px 0' : '12px 0', borderBottom: `1px solid ${token.colorSplit}` }}
    >
      <Flex vertical gap={2}>
        <Typography.Text strong={unread}>
          {unread ? (
            <Badge
              status="processing"
              aria-label={t('notifications.unread')}
              style={{ marginInlineEnd: 6 }}
            />
          ) : null}
          {n.title}
        </Typography.Text>
        {compact ? null : <Typography.Text type="secondary">{n.body}</Typography.Text>}
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Flex gap={6} align="center" wrap>
            <NoticeTypeTag type={n.type} />
            <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
              {formatDateTime(n.createdAt)}
            </Typography.Text>
          </Flex>
          <Flex gap={4}>
            {path ? (
              <Button size="small" type="link" onClick={open}>
                {t('notifications.open')}
              </Button>
            ) : null}
            {unread && !compact ? (
              <Button size="small" onClick={() => markRead.mutate(n.id)} loading={markRead.isPending}>
                {t('notifications.markRead')}
              </Button>
            ) : null}
          </Flex>
        </Flex>
      </Flex>
    </div>
  );
}
