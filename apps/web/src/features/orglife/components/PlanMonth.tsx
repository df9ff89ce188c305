import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { MEETING_TYPES } from '@zhibu/shared';
import { App, Button, Card, Empty, Flex, Popconfirm, Tag, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { enumLabel } from '../../../ui/enum-label';
import { errorText } from '../../../ui/error-text';
import { useLang } from '../../../ui/useLang';
import { useDeletePlanItemMutation } from '../api/delete-plan-item-mutation';
import type { PlanItem } from '../api/types';

type Props = {
  month: number;
  items: PlanItem[];
  editable: boolean;
  orgId: string;
  onEdit: (item: PlanItem) => void;
  onAdd: (month: number) => void;
};

const STATUS_COLORS = { done: 'success', overdue: 'error', upcoming: 'processing' } as const;

/** One month of the plan: its items with their status, the meetings that fulfilled them, actions. */
export function PlanMonth({ month, items, editable, orgId, onEdit, onAdd }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const remove = useDeletePlanItemMutation();
  return (
    <Card
      size="small"
      title={t('compliance.month', { month })}
      data-testid={`plan-month-${month}`}
      extra={
        editable ? (
          <Button
            size="small"
            type="text"
            icon={<PlusOutlined />}
            onClick={() => onAdd(month)}
            aria-label={t('plans.addIn', { month })}
          />
        ) : null
      }
      style={{ height: '100%' }}
    >
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plans.noItems')} />
      ) : null}
      <Flex vertical gap={0}>
        {items.map((i) => (
          <div
            key={i.id}
            data-testid="plan-item"
            style={{ padding: '6px 0', borderBottom: `1px solid ${token.colorSplit}` }}
          >
            <Flex justify="space-between" align="flex-start" gap={4}>
              <Flex vertical gap={2} style={{ minWidth: 0 }}>
                <Typography.Text strong>{i.title}</Typography.Text>
                <Flex gap={4} wrap align="center">
                  <Tag color={STATUS_COLORS[i.status]}>{t(`plans.status.${i.status}`)}</Tag>
                  <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
                    {[enumLabel(MEETING_TYPES, i.meetingType, lang), i.plannedOn].filter(Boolean).join(' · ')}
                  </Typography.Text>
                </Flex>
                {i.note ? (
                  <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
                    {i.note}
                  </Typography.Text>
                ) : null}
                {i.meetingIds.length > 0 ? (
                  <Flex gap={8} wrap>
                    {i.meetingIds.map((id, n) => (
                      <Link key={id} to={`/orglife/meetings/${id}`}>
                        {t('plans.meetingLink', { n: n + 1 })}
                      </Link>
                    ))}
                  </Flex>
                ) : editable && i.status !== 'done' ? (
                  <Link
                    to={`/orglife/meetings/new?${new URLSearchParams({ orgId, type: i.meetingType, title: i.title, ...(i.plannedOn ? { date: i.plannedOn } : {}) }).toString()}`}
                  >
                    {t('plans.createMeeting')}
                  </Link>
                ) : null}
              </Flex>
              {editable ? (
                <Flex gap={0} style={{ flexShrink: 0 }}>
                  <Button
                    size="small"
                    type="text"
                    icon={<EditOutlined />}
                    onClick={() => onEdit(i)}
                    aria-label={t('common.edit')}
                  />
                  <Popconfirm
                    title={t('plans.deleteConfirm', { title: i.title })}
                    okText={t('common.confirm')}
                    cancelText={t('common.cancel')}
                    onConfirm={() =>
                      remove
                        .mutateAsync(i.id)
                        .then(() => void message.success(t('common.done')))
                        .catch((err: unknown) => void message.error(errorText(err, t)))
                    }
                  >
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('common.delete')}
                    />
                  </Popconfirm>
                </Flex>
              ) : null}
            </Flex>
          </div>
        ))}
      </Flex>
    </Card>
  );
}
