import { App, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { fromDay } from '../../../lib/dates';
import { useFieldRules } from '../../../ui/field-rules';
import { ModalForm } from '../../../ui/ModalForm';
import { useMe } from '../../auth/hooks/useMe';
import { PersonSelect } from '../../people/components/PersonSelect';
import { useCreateTalkMutation } from '../api/create-talk-mutation';
import { TALK_TRIGGERS, type TalkTrigger } from '../api/types';

type Values = {
  talkedOn: Dayjs;
  initiatorPersonId: string;
  partnerPersonId: string;
  trigger: TalkTrigger;
  topic: string;
  followUp?: string;
};

const TOPIC_MAX = 200;
const FOLLOW_UP_MAX = 1000;

/** Logs one talk; the initiator defaults to the user. */
export function TalkModal({ orgId, onClose }: { orgId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const rules = useFieldRules();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateTalkMutation();
  const known = me.user.personId ? [{ value: me.user.personId, label: me.user.displayName }] : [];
  return (
    <ModalForm<Values>
      title={t('talks.logTitle')}
      form={form}
      pending={create.isPending}
      error={create.error}
      onClose={onClose}
      initialValues={{
        talkedOn: dayjs().startOf('day'),
        initiatorPersonId: me.user.personId ?? undefined,
        trigger: 'routine',
      }}
      onSubmit={(v) =>
        create.mutate(
          {
            orgNodeId: orgId,
            talkedOn: fromDay(v.talkedOn)!,
            initiatorPersonId: v.initiatorPersonId,
            partnerPersonId: v.partnerPersonId,
            trigger: v.trigger,
            topic: v.topic.trim(),
            followUp: v.followUp?.trim() || null,
          },
          {
            onSuccess: () => {
              void message.success(t('talks.logged'));
              onClose();
            },
          },
        )
      }
    >
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="talkedOn"
            label={t('talks.talkedOn')}
            rules={[rules.requiredChoice(t('talks.talkedOn'))]}
          >
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="trigger"
            label={t('talks.trigger')}
            rules={[rules.requiredChoice(t('talks.trigger'))]}
          >
            <Select options={TALK_TRIGGERS.map((x) => ({ value: x, label: t(`talks.triggers.${x}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="initiatorPersonId"
            label={t('talks.initiator')}
            rules={[rules.requiredChoice(t('talks.initiator'))]}
          >
            <PersonSelect orgId={orgId} known={known} placeholder={t('orglife.personSearch')} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="partnerPersonId"
            label={t('talks.partner')}
            dependencies={['initiatorPersonId']}
            rules={[
              rules.requiredChoice(t('talks.partner')),
              ({ getFieldValue }) => ({
                validator: async (_r, v: string | undefined) => {
                  if (v && v === getFieldValue('initiatorPersonId')) throw new Error(t('talks.samePerson'));
                },
              }),
            ]}
          >
            <PersonSelect orgId={orgId} placeholder={t('orglife.personSearch')} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="topic"
        label={t('talks.topic')}
        rules={[rules.required(t('talks.topic')), rules.max(TOPIC_MAX)]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="followUp" label={t('talks.followUp')} rules={[rules.max(FOLLOW_UP_MAX)]}>
        <Input.TextArea autoSize={{ minRows: 2 }} />
      </Form.Item>
    </ModalForm>
  );
}
