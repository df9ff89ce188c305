import { Alert, App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import { useFieldRules } from '../../../ui/field-rules';
import { useUpdateMeetingMutation } from '../api/update-meeting-mutation';
import type { MeetingDetail } from '../api/types';

const MINUTES_MAX = 20000;

/** The minutes (speeches and discussion). A meeting cannot be recorded without them. */
export function MinutesEditor({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const rules = useFieldRules();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ minutes: string }>();
  const update = useUpdateMeetingMutation(meeting.id);
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ minutes: meeting.minutes ?? '' }}
      onFinish={(v) =>
        update.mutate(
          { version: meeting.version, minutes: v.minutes.trim() || null },
          { onSuccess: () => void message.success(t('orglife.minutes.saved')) },
        )
      }
    >
      <Form.Item name="minutes" label={t('orglife.minutes.label')} rules={[rules.max(MINUTES_MAX)]}>
        <Input.TextArea
          autoSize={{ minRows: 6, maxRows: 24 }}
          placeholder={t('orglife.minutes.placeholder')}
        />
      </Form.Item>
      {update.error ? (
        <Alert type="error" showIcon title={errorText(update.error, t)} style={{ marginBottom: 12 }} />
      ) : null}
      <Button type="primary" htmlType="submit" loading={update.isPending} block>
        {t('orglife.minutes.save')}
      </Button>
    </Form>
  );
}
