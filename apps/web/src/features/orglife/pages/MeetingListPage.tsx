import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useIsMobile } from '../../../ui/useIsMobile';
import { useCan } from '../../auth/hooks/useCan';
import { useMeetingsQuery } from '../api/meetings-query';
import { MeetingCards } from '../components/MeetingCards';
import { MeetingFilters } from '../components/MeetingFilters';
import { MeetingTable } from '../components/MeetingTable';
import { useMeetingListParams } from '../hooks/useMeetingListParams';

export function MeetingListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const isMobile = useIsMobile();
  const { params, update, reset } = useMeetingListParams();
  const meetings = useMeetingsQuery(params);
  return (
    <>
      <PageHeader
        title={t('orglife.meeting.listTitle')}
        extra={
          can('meeting:write') ? (
            <Link to="/orglife/meetings/new">
              <Button type="primary" icon={<PlusOutlined />}>
                {t('orglife.meeting.create')}
              </Button>
            </Link>
          ) : null
        }
      />
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        <MeetingFilters params={params} update={update} reset={reset} />
        {meetings.isError ? (
          <ErrorAlert error={meetings.error} onRetry={() => void meetings.refetch()} />
        ) : null}
        {isMobile ? (
          <MeetingCards data={meetings.data} loading={meetings.isFetching} params={params} update={update} />
        ) : (
          <MeetingTable data={meetings.data} loading={meetings.isFetching} params={params} update={update} />
        )}
      </Card>
    </>
  );
}
