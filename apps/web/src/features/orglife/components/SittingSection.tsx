import { EditOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  Row,
  TimePicker,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fromDay, parseTimestamp, toDay } from '../../../lib/dates';
import { errorText } from '../../../ui/error-text';
import { useFieldRules } from '../../../ui/field-rules';
import { useServerIssues } from '../../../ui/useServerIssues';
import { useTransitionMeetingMutation } from '../api/transition-meeting-mutation';
import { useUpdateMeetingMutation } from '../api/update-meeting-mutation';
import type { MeetingDetail } from '../api/types';

type Values = { heldOn: Dayjs; start?: Dayjs | null; end?: Dayjs | null; place?: string; online?: boolean };

const PLACE_MAX = 100;
// A meeting cannot be held in the future (the server refuses it too).
const notFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');

/** A time of day on the meeting date, as the ISO timestamp with offset the API expects. */
function onDay(day: Dayjs, time: Dayjs | null | undefined): string | null {
  return time ? day.hour(time.hour()).minute(time.minute()).second(0).millisecond(0).format() : null;
}

const time = (v: string | null) => parseTimestamp(v)?.format('HH:mm');

/**
 * Step one of recording: the sitting took place (hold, with its date). Afterwards it folds into one
 * line, so that on a phone the attendance comes next; the date, times and place can still be edited.
 */
export function SittingSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  if (meeting.status !== 'planned' && !editing) {
    const times = [time(meeting.actualStart), time(meeting.actualEnd)].filter(Boolean).join('–');
    return (
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text>
          {[t('orglife.sitting.heldOnText', { date: meeting.heldOn }), times, meeting.place]
            .filter(Boolean)
            .join(' · ')}
        </Typography.Text>
        <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
          {t('orglife.sitting.edit')}
        </Button>
      </Flex>
    );
  }
  return <SittingForm meeting={meeting} onSaved={() => setEditing(false)} />;
}

function SittingForm({ meeting, onSaved }: { meeting: MeetingDetail; onSaved: () => void }) {
  const { t } = useTranslation();
  const rules = useFieldRules();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const transition = useTransitionMeetingMutation(meeting.id);
  const update = useUpdateMeetingMutation(meeting.id);
  const planned = meeting.status === 'planned';
  const error = planned ? transition.error : update.error;
  const placed = useServerIssues(form, error);

  const submit = (v: Values) => {
    if (planned) {
      transition.mutate(
        { action: 'hold', version: meeting.version, heldOn: fromDay(v.heldOn)! },
        { onSuccess: () => void message.success(t('orglife.sitting.heldDone')) },
      );
      return;
    }
    update.mutate(
      {
        version: meeting.version,
        heldOn: fromDay(v.heldOn),
        actualStart: onDay(v.heldOn, v.start),
        actualEnd: onDay(v.heldOn, v.end),
        place: v.place?.trim() || null,
        online: !!v.online,
      },
      {
        onSuccess: () => {
          void message.success(t('common.saved'));
          onSaved();
        },
      },
    );
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{
        heldOn: toDay(meeting.heldOn) ?? dayjs().startOf('day'),
        start: parseTimestamp(meeting.actualStart),
        end: parseTimestamp(meeting.actualEnd),
        place: meeting.place ?? '',
        online: meeting.online,
      }}
    >
      <Row gutter={12}>
        <Col xs={24} sm={8}>
          <Form.Item
            name="heldOn"
            label={t('orglife.meeting.heldOn')}
            rules={[rules.requiredChoice(t('orglife.meeting.heldOn'))]}
          >
            <DatePicker disabledDate={notFuture} style={{ width: '100%' }} inputReadOnly />
          </Form.Item>
        </Col>
        {planned ? null : (
          <>
            <Col xs={12} sm={8}>
              <Form.Item name="start" label={t('orglife.sitting.start')}>
                <TimePicker format="HH:mm" style={{ width: '100%' }} inputReadOnly />
              </Form.Item>
            </Col>
            <Col xs={12} sm={8}>
              <Form.Item name="end" label={t('orglife.sitting.end')}>
                <TimePicker format="HH:mm" style={{ width: '100%' }} inputReadOnly />
              </Form.Item>
            </Col>
            <Col xs={24} sm={16}>
              <Form.Item name="place" label={t('orglife.meeting.place')} rules={[rules.max(PLACE_MAX)]}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} sm={8}>
              <Form.Item name="online" valuePropName="checked">
                <Checkbox>{t('orglife.meeting.online')}</Checkbox>
              </Form.Item>
            </Col>
          </>
        )}
      </Row>
      {error && !placed ? (
        <Alert type="error" showIcon title={errorText(error, t)} style={{ marginBottom: 12 }} />
      ) : null}
      <Button type="primary" htmlType="submit" loading={transition.isPending || update.isPending} block>
        {planned ? t('orglife.sitting.hold') : t('orglife.sitting.save')}
      </Button>
    </Form>
  );
}
