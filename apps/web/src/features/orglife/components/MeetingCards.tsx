import { Card, Empty, Flex, Pagination, Spin, Typography } from 'antd';
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

/** Meetings on phones: one card each, the essentials only. */
export function MeetingCards({ data, loading, params, update }: Props) {
  const { t } = useTranslation();
  const items = data?.items ?? [];
  return (
    <Spin spinning={loading}>
      <Flex vertical gap={8} data-testid="meeting-cards">
        <Typography.Text type="secondary">{t('common.total', { count: data?.total ?? 0 })}</Typography.Text>
        {items.length === 0 && !loading ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> : null}
        {items.map((m) => (
          <Link key={m.id} to={`/orglife/meetings/${m.id}`}>
            <Card size="small" hoverable>
              <Flex justify="space-between" align="center" gap={8}>
                <Typography.Text strong ellipsis>
                  {m.title}
                </Typography.Text>
                <MeetingStatusTag status={m.status} />
              </Flex>
              <Typography.Text type="secondary" style={{ display: 'block' }}>
                {[meetingDate(m), m.orgName].filter(Boolean).join(' · ')}
              </Typography.Text>
              <Flex gap={4} wrap align="center" style={{ marginTop: 4 }}>
                <MeetingTypeTags types={m.types} />
                <ValidityTag valid={m.valid} />
              </Flex>
            </Card>
          </Link>
        ))}
        <Pagination
          simple
          current={params.page}
          pageSize={params.pageSize}
          total={data?.total ?? 0}
          onChange={(page) => update({ page })}
          style={{ alignSelf: 'center' }}
        />
      </Flex>
    </Spin>
  );
}
