import { App, Card, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../ui/PageHeader';
import { useIsMobile } from '../../../ui/useIsMobile';
import { useMe } from '../../auth/hooks/useMe';
import { useCreateMeetingMutation } from '../api/create-meeting-mutation';
import { MeetingForm, type MeetingFormValues } from '../components/MeetingForm';
import { toMeetingFields } from '../components/meeting-form-values';

/** Plans a meeting; the organisation defaults to the one of the user's (first) role. */
export function MeetingCreatePage() {
  const { t } = useTranslation();
  const me = useMe();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<MeetingFormValues>();
  const create = useCreateMeetingMutation();
  const submit = (v: MeetingFormValues) =>
    create.mutate(
      { orgNodeId: v.orgNodeId!, ...toMeetingFields(v) },
      {
        onSuccess: ({ id }) => {
          void message.success(t('orglife.meeting.created'));
          void navigate(`/orglife/meetings/${id}`);
        },
      },
    );
  return (
    <>
      <PageHeader title={t('orglife.meeting.createTitle')} />
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        <MeetingForm
          form={form}
          chooseOrg
          initialValues={{
            orgNodeId: me.roles[0]?.orgNodeId,
            types: [],
            title: '',
            firstTopic: true,
            chairPersonId: me.user.personId ?? undefined,
          }}
          known={me.user.personId ? [{ value: me.user.personId, label: me.user.displayName }] : []}
          onSubmit={submit}
          onCancel={() => void navigate('/orglife/meetings')}
          pending={create.isPending}
          error={create.error}
        />
      </Card>
    </>
  );
}
