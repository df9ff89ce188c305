import { EditOutlined, FormOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../lib/http';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { ResultPage } from '../../../ui/ResultPage';
import { useIsMobile } from '../../../ui/useIsMobile';
import { useCan } from '../../auth/hooks/useCan';
import { useMeetingQuery } from '../api/meeting-query';
import type { MeetingDetail } from '../api/types';
import { AttachmentGallery } from '../components/AttachmentGallery';
import { AttendanceTable } from '../components/AttendanceTable';
import { MeetingFacts } from '../components/MeetingFacts';
import { MeetingStatusTag } from '../components/MeetingStatusTag';
import { MeetingSteps } from '../components/MeetingSteps';
import { RectificationList } from '../components/RectificationList';
import { ResolutionList } from '../components/ResolutionList';
import { ReturnReasonAlert } from '../components/ReturnReasonAlert';
import { ReviewActions } from '../components/ReviewActions';
import { SignInButton } from '../components/SignInButton';
import { ValidityAlert } from '../components/ValidityAlert';
import { useAttendanceRoster } from '../hooks/useAttendanceRoster';

/** A meeting record, everything on one page; the actions follow the record's `abilities`. */
export function MeetingDetailPage() {
  const { meetingId } = useParams();
  const meeting = useMeetingQuery(meetingId);
  if (meeting.isError) {
    if (meeting.error instanceof ApiError && meeting.error.status === 404) return <ResultPage kind="404" />;
    return <ErrorAlert error={meeting.error} onRetry={() => void meeting.refetch()} />;
  }
  if (!meeting.data) {
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  }
  return <MeetingView meeting={meeting.data} />;
}

const SIGN_IN_STATES = new Set(['held', 'returned', 'recorded']);

function MeetingView({ meeting: m }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const can = useCan();
  const isMobile = useIsMobile();
  const roster = useAttendanceRoster(m);
  const editable = m.abilities.update;
  const card = { styles: { body: { padding: isMobile ? 12 : 24 } } };
  return (
    <>
      <PageHeader
        title={
          <>
            {m.title} <MeetingStatusTag status={m.status} />
          </>
        }
        extra={
          <>
            {editable ? (
              <Link to={`/orglife/meetings/${m.id}/record`}>
                <Button type="primary" icon={<FormOutlined />}>
                  {m.status === 'planned' ? t('orglife.record.start') : t('orglife.record.continue')}
                </Button>
              </Link>
            ) : null}
            {editable ? (
              <Link to={`/orglife/meetings/${m.id}/edit`}>
                <Button icon={<EditOutlined />}>{t('common.edit')}</Button>
              </Link>
            ) : null}
            {editable && SIGN_IN_STATES.has(m.status) ? <SignInButton meeting={m} /> : null}
            <ReviewActions meeting={m} />
          </>
        }
      />
      <MeetingSteps status={m.status} />
      <ReturnReasonAlert meeting={m} />
      <ValidityAlert meeting={m} />
      <Flex vertical gap={16}>
        <Card title={t('orglife.sections.facts')} {...card}>
          <MeetingFacts meeting={m} />
        </Card>
        <Card title={t('orglife.sections.attendance')} {...card}>
          <AttendanceTable rows={roster.rows} />
        </Card>
        <Card title={t('orglife.sections.minutes')} {...card}>
          {m.minutes ? (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
              {m.minutes}
            </Typography.Paragraph>
          ) : (
            <Typography.Text type="secondary">{t('orglife.minutes.none')}</Typography.Text>
          )}
        </Card>
        <Card title={t('orglife.sections.resolutions')} {...card}>
          <ResolutionList resolutions={m.resolutions} />
        </Card>
        <Card title={t('orglife.sections.photos')} {...card}>
          <AttachmentGallery meetingId={m.id} attachments={m.attachments} editable={editable} />
        </Card>
        {m.types.includes('life_meeting') ? (
          <Card title={t('orglife.sections.rectification')} {...card}>
            <RectificationList
              meetingId={m.id}
              editable={editable || (m.status === 'reviewed' && can('meeting:write'))}
            />
          </Card>
        ) : null}
      </Flex>
    </>
  );
}
