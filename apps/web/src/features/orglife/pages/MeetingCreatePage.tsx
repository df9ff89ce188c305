import { MEETING_TYPES, type MeetingType } from '@zhibu/shared';
import { App, Card, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { toDay } from '../../../lib/dates';
import { PageHeader } from '../../../ui/PageHeader';
import { useIsMobile } from '../../../ui/useIsMobile';
import { useMe } from '../../auth/hooks/useMe';
import { useCreateMeetingMutation } from '../api/create-meeting-mutation';
import { MeetingForm, type MeetingFormValues } from '../components/MeetingForm';
import { toMeetingFields } from '../components/meeting-form-values';

/**
 * Plans a meeting; the organisation defaults to the one of the user's (first) role. A plan item opens
 * this page with `?orgId=&type=&title=&date=` to start from it.
 */
export function MeetingCreatePage() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const type = search.get('type');
  const planned = toDay(search.get('date'));
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
            orgNodeId: search.get('orgId') ?? me.roles[0]?.orgNodeId,
            types:
              type && (MEETING_TYPES.values as readonly string[]).includes(type) ? [type as MeetingType] : [],
            title: search.get('title') ?? '',
            // A morning start on the planned day; the organiser adjusts the time.
            plannedStart: planned ? planned.hour(9) : null,
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
