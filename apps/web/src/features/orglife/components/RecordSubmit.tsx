import { Alert, App, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { errorText } from '../../../ui/error-text';
import { useTransitionMeetingMutation } from '../api/transition-meeting-mutation';
import type { MeetingDetail } from '../api/types';
import { onlySignIns } from '../hooks/useAttendanceRoster';

/**
 * The last step: mark the record complete (held → recorded). The server names what is still missing
 * (minutes, attendance, the lecturer of a 党课), and the message is shown as it comes.
 */
export function RecordSubmit({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const transition = useTransitionMeetingMutation(meeting.id);
  const open = meeting.status === 'held' || meeting.status === 'returned';
  if (!open) {
    return (
      <Flex vertical gap={8}>
        <Alert type="success" showIcon title={t('orglife.record.submitted')} />
        <Link to={`/orglife/meetings/${meeting.id}`}>{t('orglife.record.viewMeeting')}</Link>
      </Flex>
    );
  }
  return (
    <Flex vertical gap={12}>
      {onlySignIns(meeting) ? (
        <Alert type="warning" showIcon title={t('orglife.record.saveAttendanceFirst')} />
      ) : null}
      {transition.error ? <Alert type="error" showIcon title={errorText(transition.error, t)} /> : null}
      <Button
        type="primary"
        size="large"
        block
        loading={transition.isPending}
        // With only QR sign-ins stored the server would judge the meeting on the signed-in alone.
        disabled={onlySignIns(meeting)}
        onClick={() =>
          transition.mutate(
            { action: 'record', version: meeting.version },
            {
              onSuccess: () => {
                void message.success(t('orglife.record.done'));
                void navigate(`/orglife/meetings/${meeting.id}`);
              },
            },
          )
        }
      >
        {t('orglife.record.submit')}
      </Button>
    </Flex>
  );
}
