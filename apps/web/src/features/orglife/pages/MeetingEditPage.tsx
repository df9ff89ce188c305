import { App, Card, Form, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useIsMobile } from '../../../ui/useIsMobile';
import { useMeetingQuery } from '../api/meeting-query';
import type { MeetingDetail } from '../api/types';
import { useUpdateMeetingMutation } from '../api/update-meeting-mutation';
import { MeetingForm, type MeetingFormValues } from '../components/MeetingForm';
import { knownPeople, toMeetingFields, toMeetingFormValues } from '../components/meeting-form-values';

export function MeetingEditPage() {
  const { meetingId } = useParams();
  const meeting = useMeetingQuery(meetingId);
  if (meeting.isError) return <ErrorAlert error={meeting.error} onRetry={() => void meeting.refetch()} />;
  if (!meeting.data) {
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  }
  return <EditForm meeting={meeting.data} />;
}

function EditForm({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<MeetingFormValues>();
  const update = useUpdateMeetingMutation(meeting.id);
  const back = () => void navigate(`/orglife/meetings/${meeting.id}`);
  return (
    <>
      <PageHeader title={t('orglife.meeting.editTitle', { title: meeting.title })} />
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        <MeetingForm
          form={form}
          chooseOrg={false}
          orgId={meeting.orgNodeId}
          initialValues={toMeetingFormValues(meeting)}
          known={knownPeople(meeting)}
          onSubmit={(v) =>
            update.mutate(
              { version: meeting.version, ...toMeetingFields(v) },
              {
                onSuccess: () => {
                  void message.success(t('common.saved'));
                  back();
                },
              },
            )
          }
          onCancel={back}
          pending={update.isPending}
          error={update.error}
        />
      </Card>
    </>
  );
}
