import { MEETING_TYPES, type MeetingType } from '@zhibu/shared';
import { Alert, Button, Checkbox, Col, DatePicker, Flex, Form, Input, Row } from 'antd';
import type { FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { enumLabel, enumOptions } from '../../../ui/enum-label';
import { errorText } from '../../../ui/error-text';
import { useFieldRules } from '../../../ui/field-rules';
import { useLang } from '../../../ui/useLang';
import { useServerIssues } from '../../../ui/useServerIssues';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import { PersonSelect } from '../../people/components/PersonSelect';

export type MeetingFormValues = {
  orgNodeId?: string;
  types: MeetingType[];
  title: string;
  plannedStart?: Dayjs | null;
  place?: string;
  online?: boolean;
  chairPersonId?: string;
  recorderPersonId?: string;
  lecturerPersonId?: string;
  lessonTopic?: string;
  firstTopic?: boolean;
  partners?: string;
  agenda?: string;
};

type Props = {
  form: FormInstance<MeetingFormValues>;
  initialValues: Partial<MeetingFormValues>;
  /** Create: the organisation is chosen here; edit: it is fixed. */
  chooseOrg: boolean;
  orgId?: string;
  known?: { value: string; label: string }[];
  onSubmit: (v: MeetingFormValues) => void;
  onCancel: () => void;
  pending: boolean;
  error: unknown;
};

// The server's limits (orglife.schemas.ts MeetingFields).
const MAX = { title: 100, place: 100, lessonTopic: 200, partners: 200, agenda: 4000 } as const;

/** The fields of a planned meeting; a single column on phones. */
export function MeetingForm(p: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const rules = useFieldRules();
  const placed = useServerIssues(p.form, p.error);
  const types = Form.useWatch('types', p.form) ?? p.initialValues.types ?? [];
  const watchedOrg = Form.useWatch('orgNodeId', p.form);
  const orgId = p.chooseOrg ? watchedOrg : p.orgId;
  const lesson = types.includes('party_lesson');

  // Until the user types a title, suggest one from the month and the types ("11月主题党日").
  const suggestTitle = (next: MeetingType[]) => {
    if (p.form.isFieldTouched('title') || next.length === 0) return;
    const start = p.form.getFieldValue('plannedStart') as Dayjs | null | undefined;
    const month = start ? t('orglife.meeting.monthPrefix', { month: start.month() + 1 }) : '';
    const order = MEETING_TYPES.values.filter((v) => next.includes(v));
    p.form.setFieldValue(
      'title',
      `${month}${order.map((v) => enumLabel(MEETING_TYPES, v, lang)).join(lang === 'zh' ? '暨' : ' & ')}`,
    );
  };

  return (
    <Form<MeetingFormValues>
      form={p.form}
      layout="vertical"
      initialValues={p.initialValues}
      onFinish={p.onSubmit}
      scrollToFirstError
    >
      {p.chooseOrg ? (
        <Form.Item
          name="orgNodeId"
          label={t('orglife.meeting.org')}
          rules={[rules.requiredChoice(t('orglife.meeting.org'))]}
        >
          <OrgTreeSelect placeholder={t('common.select')} />
        </Form.Item>
      ) : null}
      <Form.Item
        name="types"
        label={t('orglife.meeting.types')}
        rules={[rules.requiredChoice(t('orglife.meeting.types'))]}
        extra={t('orglife.meeting.typesHint')}
      >
        <Checkbox.Group onChange={(v) => suggestTitle(v as MeetingType[])}>
          <Row gutter={[8, 8]}>
            {enumOptions(MEETING_TYPES, lang).map((o) => (
              <Col key={o.value} xs={12} sm={8}>
                <Checkbox value={o.value}>{o.label}</Checkbox>
              </Col>
            ))}
          </Row>
        </Checkbox.Group>
      </Form.Item>
      <Form.Item
        name="title"
        label={t('orglife.meeting.title')}
        rules={[rules.required(t('orglife.meeting.title')), rules.max(MAX.title)]}
      >
        <Input />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="plannedStart" label={t('orglife.meeting.plannedStart')}>
            <DatePicker
              showTime={{ format: 'HH:mm', minuteStep: 5 }}
              format="YYYY-MM-DD HH:mm"
              style={{ width: '100%' }}
              inputReadOnly
              onChange={() => suggestTitle(types)}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="place" label={t('orglife.meeting.place')} rules={[rules.max(MAX.place)]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={12} md={12}>
          <Form.Item name="online" valuePropName="checked">
            <Checkbox>{t('orglife.meeting.online')}</Checkbox>
          </Form.Item>
        </Col>
        <Col xs={12} md={12}>
          <Form.Item name="firstTopic" valuePropName="checked" tooltip={t('orglife.meeting.firstTopicHint')}>
            <Checkbox>{t('orglife.meeting.firstTopic')}</Checkbox>
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="chairPersonId" label={t('orglife.meeting.chair')}>
            <PersonSelect orgId={orgId} known={p.known} placeholder={t('orglife.personSearch')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="recorderPersonId" label={t('orglife.meeting.recorder')}>
            <PersonSelect orgId={orgId} known={p.known} placeholder={t('orglife.personSearch')} />
          </Form.Item>
        </Col>
        {lesson ? (
          <>
            <Col xs={24} md={12}>
              <Form.Item
                name="lecturerPersonId"
                label={t('orglife.meeting.lecturer')}
                extra={t('orglife.meeting.lecturerHint')}
              >
                <PersonSelect known={p.known} placeholder={t('orglife.personSearch')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="lessonTopic"
                label={t('orglife.meeting.lessonTopic')}
                rules={[rules.max(MAX.lessonTopic)]}
              >
                <Input />
              </Form.Item>
            </Col>
          </>
        ) : null}
        {types.includes('joint_activity') ? (
          <Col xs={24}>
            <Form.Item
              name="partners"
              label={t('orglife.meeting.partners')}
              rules={[rules.max(MAX.partners)]}
            >
              <Input />
            </Form.Item>
          </Col>
        ) : null}
      </Row>
      <Form.Item name="agenda" label={t('orglife.meeting.agenda')} rules={[rules.max(MAX.agenda)]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} />
      </Form.Item>
      {p.error && !placed ? (
        <Alert type="error" showIcon title={errorText(p.error, t)} style={{ marginBottom: 16 }} />
      ) : null}
      <Flex gap={8} wrap>
        <Button type="primary" htmlType="submit" loading={p.pending}>
          {t('common.save')}
        </Button>
        <Button onClick={p.onCancel}>{t('common.cancel')}</Button>
      </Flex>
    </Form>
  );
}
