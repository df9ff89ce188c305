import { Alert, Card, Flex, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../lib/http';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { ResultPage } from '../../../ui/ResultPage';
import { useIsMobile } from '../../../ui/useIsMobile';
import { useMeetingQuery } from '../api/meeting-query';
import type { MeetingDetail } from '../api/types';
import { AttachmentGallery } from '../components/AttachmentGallery';
import { AttendanceEditor } from '../components/AttendanceEditor';
import { MeetingSteps } from '../components/MeetingSteps';
import { MinutesEditor } from '../components/MinutesEditor';
import { PhotoUploader } from '../components/PhotoUploader';
import { RecordSubmit } from '../components/RecordSubmit';
import { ResolutionsEditor } from '../components/ResolutionsEditor';
import { ReturnReasonAlert } from '../components/ReturnReasonAlert';
import { SignInButton } from '../components/SignInButton';
import { SittingSection } from '../components/SittingSection';
import { ValidityAlert } from '../components/ValidityAlert';

/**
 * Recording a meeting, step by step on one scrolling page (made for a phone at the meeting):
 * the sitting, attendance, minutes, votes, photos, then submit. Each section saves on its own.
 */
export function MeetingRecordPage() {
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
  if (!meeting.data.abilities.update) return <ReadOnly meeting={meeting.data} />;
  return <RecordSteps meeting={meeting.data} />;
}

function ReadOnly({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12}>
      <Alert type="info" showIcon title={t('orglife.record.readOnly')} />
      <Link to={`/orglife/meetings/${meeting.id}`}>{t('orglife.record.viewMeeting')}</Link>
    </Flex>
  );
}

function Section({ n, title, children }: { n: number; title: string; children: ReactNode }) {
  const isMobile = useIsMobile();
  return (
    <Card
      title={`${n}. ${title}`}
      styles={{ body: { padding: isMobile ? 12 : 24 } }}
      data-testid={`record-section-${n}`}
    >
      {children}
    </Card>
  );
}

function RecordSteps({ meeting: m }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const held = m.status !== 'planned';
  return (
    <>
      <PageHeader
        title={t('orglife.record.title', { title: m.title })}
        extra={held ? <SignInButton meeting={m} /> : null}
      />
      <MeetingSteps status={m.status} />
      <ReturnReasonAlert meeting={m} />
      <ValidityAlert meeting={m} />
      <Flex vertical gap={12}>
        <Section n={1} title={t('orglife.record.sitting')}>
          <SittingSection meeting={m} />
        </Section>
        {held ? (
          <>
            <Section n={2} title={t('orglife.sections.attendance')}>
              <AttendanceEditor meeting={m} />
            </Section>
            <Section n={3} title={t('orglife.sections.minutes')}>
              <MinutesEditor meeting={m} />
            </Section>
            <Section n={4} title={t('orglife.sections.resolutions')}>
              <ResolutionsEditor meeting={m} />
            </Section>
            <Section n={5} title={t('orglife.sections.photos')}>
              <Flex vertical gap={12}>
                <PhotoUploader meetingId={m.id} />
                <AttachmentGallery meetingId={m.id} attachments={m.attachments} editable />
              </Flex>
            </Section>
            <Section n={6} title={t('orglife.record.finish')}>
              <RecordSubmit meeting={m} />
            </Section>
          </>
        ) : (
          <Typography.Text type="secondary">{t('orglife.record.holdFirst')}</Typography.Text>
        )}
      </Flex>
    </>
  );
}
