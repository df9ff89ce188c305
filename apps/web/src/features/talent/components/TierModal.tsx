import type { TalentTier } from '@zhibu/shared';
import { App, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { fromDay } from '../../../lib/dates';
import { ModalForm } from '../../../ui/ModalForm';
import { useAssignTierMutation } from '../api/mutations';
import { useTalentLabels } from './labels';

type Values = { tier: TalentTier | 'none'; assignedOn: Dayjs; reason: string };

type Props = { personId: string; portraitId?: string; suggested: TalentTier | null; onClose: () => void };

/** The branch's decision on the tier, with the reason; the criteria only suggest. */
export function TierModal({ personId, portraitId, suggested, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const l = useTalentLabels();
  const [form] = Form.useForm<Values>();
  const assign = useAssignTierMutation();
  return (
    <ModalForm<Values>
      title={t('talent.tier.assign')}
      form={form}
      initialValues={{ tier: suggested ?? undefined, assignedOn: dayjs() }}
      pending={assign.isPending}
      error={assign.error}
      onClose={onClose}
      onSubmit={(v) =>
        assign.mutate(
          {
            personId,
            body: {
              tier: v.tier === 'none' ? null : v.tier,
              portraitId: portraitId ?? null,
              assignedOn: fromDay(v.assignedOn)!,
              reason: v.reason,
            },
          },
          {
            onSuccess: () => {
              void message.success(t('common.saved'));
              onClose();
            },
          },
        )
      }
    >
      <Form.Item
        name="tier"
        label={t('talent.tier.label')}
        rules={[{ required: true, message: t('common.requiredChoice', { field: t('talent.tier.label') }) }]}
      >
        <Select options={[...l.tierOptions, { value: 'none', label: t('talent.tier.end') }]} />
      </Form.Item>
      <Form.Item name="assignedOn" label={t('talent.tier.assignedOn')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('talent.reason')}
        rules={[
          { required: true, whitespace: true, message: t('common.required', { field: t('talent.reason') }) },
        ]}
      >
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </ModalForm>
  );
}
