import { MEETING_TYPES, type MeetingType } from '@zhibu/shared';
import { App, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { fromDay, toDay } from '../../../lib/dates';
import { enumOptions } from '../../../ui/enum-label';
import { useFieldRules } from '../../../ui/field-rules';
import { ModalForm } from '../../../ui/ModalForm';
import { useLang } from '../../../ui/useLang';
import { useAddPlanItemMutation } from '../api/add-plan-item-mutation';
import type { PlanItem } from '../api/types';
import { useUpdatePlanItemMutation } from '../api/update-plan-item-mutation';

type Values = {
  meetingType?: MeetingType;
  title: string;
  month: number;
  plannedOn?: Dayjs | null;
  note?: string;
};

type Props = {
  orgId: string;
  year: number;
  /** Editing an item, or adding one (optionally in a given month). */
  item?: PlanItem;
  month?: number;
  onClose: () => void;
};

const TITLE_MAX = 100;
const NOTE_MAX = 500;

/** Adds a plan item or edits one (its type is fixed once added). */
export function PlanItemModal({ orgId, year, item, month, onClose }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const rules = useFieldRules();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const add = useAddPlanItemMutation();
  const update = useUpdatePlanItemMutation();
  const pending = add.isPending || update.isPending;
  const done = () => {
    void message.success(t('common.saved'));
    onClose();
  };
  const submit = (v: Values) => {
    const common = {
      title: v.title.trim(),
      month: v.month,
      plannedOn: fromDay(v.plannedOn),
      note: v.note?.trim() || null,
    };
    if (item) update.mutate({ id: item.id, ...common }, { onSuccess: done });
    else add.mutate({ orgNodeId: orgId, year, meetingType: v.meetingType!, ...common }, { onSuccess: done });
  };
  return (
    <ModalForm<Values>
      title={item ? t('plans.editTitle') : t('plans.addTitle')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      pending={pending}
      error={item ? update.error : add.error}
      initialValues={
        item
          ? { title: item.title, month: item.month, plannedOn: toDay(item.plannedOn), note: item.note ?? '' }
          : { month: month ?? 1, title: '' }
      }
    >
      {item ? null : (
        <Form.Item name="meetingType" label={t('plans.type')} rules={[rules.requiredChoice(t('plans.type'))]}>
          <Select options={enumOptions(MEETING_TYPES, lang)} />
        </Form.Item>
      )}
      <Form.Item
        name="title"
        label={t('plans.itemTitle')}
        rules={[rules.required(t('plans.itemTitle')), rules.max(TITLE_MAX)]}
      >
        <Input />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={12}>
          <Form.Item name="month" label={t('plans.month')} rules={[rules.requiredChoice(t('plans.month'))]}>
            <Select
              options={Array.from({ length: 12 }, (_, i) => ({
                value: i + 1,
                label: t('compliance.month', { month: i + 1 }),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item name="plannedOn" label={t('plans.plannedOn')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="note" label={t('plans.note')} rules={[rules.max(NOTE_MAX)]}>
        <Input.TextArea autoSize={{ minRows: 2 }} />
      </Form.Item>
    </ModalForm>
  );
}
