import { EditOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { today } from '../../../lib/dates';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useRectificationsQuery } from '../api/rectifications-query';
import type { RectificationItem } from '../api/types';
import { RectificationModal } from './RectificationModal';

type Props = { meetingId: string; editable: boolean };

/** The 整改清单 of a 组织生活会: problems found, measures, owners, deadlines, and when each was closed. */
export function RectificationList({ meetingId, editable }: Props) {
  const { t } = useTranslation();
  const list = useRectificationsQuery(meetingId, true);
  const [editing, setEditing] = useState(false);
  const state = (r: RectificationItem) =>
    r.closedOn ? (
      <Tag color="success">{t('orglife.rectify.closed', { date: r.closedOn })}</Tag>
    ) : r.dueOn && r.dueOn < today() ? (
      <Tag color="error">{t('orglife.rectify.overdue')}</Tag>
    ) : (
      <Tag color="processing">{t('orglife.rectify.open')}</Tag>
    );
  return (
    <Flex vertical gap={12}>
      {list.isError ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      <Table<RectificationItem>
        rowKey={(r) => `${r.problem}:${r.measure}`}
        size="small"
        loading={list.isPending}
        dataSource={list.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('orglife.rectify.none') }}
        columns={[
          { title: t('orglife.rectify.problem'), dataIndex: 'problem' },
          { title: t('orglife.rectify.measure'), dataIndex: 'measure' },
          { title: t('orglife.rectify.owner'), dataIndex: 'ownerName' },
          { title: t('orglife.rectify.dueOn'), dataIndex: 'dueOn' },
          { title: t('orglife.rectify.state'), key: 'state', render: (_, r) => state(r) },
        ]}
      />
      {editable ? (
        <Button
          icon={<EditOutlined />}
          onClick={() => setEditing(true)}
          disabled={!list.data}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('orglife.rectify.edit')}
        </Button>
      ) : null}
      {editing && list.data ? (
        <RectificationModal meetingId={meetingId} items={list.data} onClose={() => setEditing(false)} />
      ) : null}
    </Flex>
  );
}
