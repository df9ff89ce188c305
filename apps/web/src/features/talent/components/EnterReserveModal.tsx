import type { TalentTier } from '@zhibu/shared';
import { App, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { fromDay } from '../../../lib/dates';
import { ModalForm } from '../../../ui/ModalForm';
import { useEnterReserveMutation } from '../api/mutations';
import type { PortraitListItem } from '../api/types';
import { useTalentLabels } from './labels';

type Values = { portraitId: string; enteredOn: Dayjs; targetTier?: TalentTier; direction?: string };

type Props = { personId: string; portraits: PortraitListItem[]; portraitId?: string; onClose: () => void };

/** Puts a person into the reserve pool against a portrait, under the default entry criteria. */
export function EnterReserveModal({ personId, portraits, portraitId, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const l = useTalentLabels();
  const [form] = Form.useForm<Values>();
  const enter = useEnterReserveMutation();
  return (
    <ModalForm<Values>
      title={t('talent.reserve.enter')}
      form={form}
      initialValues={{ portraitId, enteredOn: dayjs() }}
      pending={enter.isPending}
      error={enter.error}
      onClose={onClose}
      onSubmit={(v) =>
        enter.mutate(
          {
            personId,
            portraitId: v.portraitId,
            enteredOn: fromDay(v.enteredOn)!,
            targetTier: v.targetTier ?? null,
            direction: v.direction || null,
          },
          {
            onSuccess: (r) => {
              void message.success(
                r.check.met ? t('talent.reserve.enteredMet') : t('talent.reserve.enteredNotMet'),
              );
              onClose();
            },
          },
        )
      }
    >
      <Form.Item
        name="portraitId"
        label={t('talent.portrait.label')}
        rules={[
          { required: true, message: t('common.requiredChoice', { field: t('talent.portrait.label') }) },
        ]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={portraits.map((p) => ({ value: p.id, label: p.title }))}
        />
      </Form.Item>
      <Form.Item name="enteredOn" label={t('talent.reserve.enteredOn')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item name="targetTier" label={t('talent.reserve.targetTier')}>
        <Select allowClear options={l.tierOptions} />
      </Form.Item>
      <Form.Item name="direction" label={t('talent.reserve.direction')}>
        <Input maxLength={50} />
      </Form.Item>
    </ModalForm>
  );
}
