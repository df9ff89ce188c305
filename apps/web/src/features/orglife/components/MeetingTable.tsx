import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingListItem, MeetingListParams, Page } from '../api/types';
import { meetingDate } from './meeting-date';
import { MeetingStatusTag } from './MeetingStatusTag';
import { MeetingTypeTags } from './MeetingTypeTags';
import { ValidityTag } from './ValidityTag';

type Props = {
  data: Page<MeetingListItem> | undefined;
  loading: boolean;
  params: MeetingListParams;
  update: (patch: Partial<MeetingListParams>) => void;
};

/** Meetings on wide screens, paged by the server. */
export function MeetingTable({ data, loading, params, update }: Props) {
  const { t } = useTranslation();
  return (
    <Table<MeetingListItem>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={data?.items ?? []}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: params.page,
        pageSize: params.pageSize,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100, 200],
        showTotal: (n) => t('common.total', { count: n }),
        onChange: (page, pageSize) => update({ page, pageSize }),
      }}
      columns={[
        { title: t('orglife.meeting.date'), key: 'date', render: (_, m) => meetingDate(m) },
        {
          title: t('orglife.meeting.title'),
          dataIndex: 'title',
          render: (title: string, m) => <Link to={`/orglife/meetings/${m.id}`}>{title}</Link>,
        },
        {
          title: t('orglife.meeting.types'),
          key: 'types',
          render: (_, m) => <MeetingTypeTags types={m.types} />,
        },
        { title: t('orglife.meeting.org'), dataIndex: 'orgName' },
        {
          title: t('orglife.meeting.status'),
          key: 'status',
          render: (_, m) => <MeetingStatusTag status={m.status} />,
        },
        {
          title: t('orglife.meeting.attendanceShort'),
          key: 'attendance',
          render: (_, m) =>
            m.status === 'planned'
              ? ''
              : t('orglife.meeting.presentOfExpected', {
                  present: m.presentCount,
                  expected: m.expectedCount,
                }),
        },
        {
          title: t('orglife.meeting.validity'),
          key: 'valid',
          render: (_, m) => <ValidityTag valid={m.valid} />,
        },
      ]}
    />
  );
}
