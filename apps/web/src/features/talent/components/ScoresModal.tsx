import type { PortraitIndicator } from '@zhibu/shared';
import { App, DatePicker, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { fromDay } from '../../../lib/dates';
import { ModalForm } from '../../../ui/ModalForm';
import { useRecordScoresMutation } from '../api/mutations';

type Values = { scoredOn: Dayjs; note?: string; scores: Record<string, number | null | undefined> };

type Props = {
  personId: string;
  portraitId: string;
  indicators: readonly PortraitIndicator[];
  /** The latest scores, to start from. */
  current: Record<string, number>;
  onClose: () => void;
};

/** Scores (0–100) against a portrait's indicators, political standard first; blank ones are not sent. */
export function ScoresModal({ personId, portraitId, indicators, current, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const record = useRecordScoresMutation();
  return (
    <ModalForm<Values>
      title={t('talent.scores.record')}
      form={form}
      initialValues={{ scoredOn: dayjs(), scores: current }}
      pending={record.isPending}
      error={record.error}
      onClose={onClose}
      onSubmit={(v) => {
        const scores = indicators
          .map((i) => ({ code: i.code, score: v.scores[i.code] }))
          .filter((s): s is { code: string; score: number } => typeof s.score === 'number');
        if (scores.length === 0) {
          void message.error(t('talent.scores.noneEntered'));
          return;
        }
        record.mutate(
          { personId, body: { portraitId, scoredOn: fromDay(v.scoredOn)!, scores, note: v.note || null } },
          {
            onSuccess: () => {
              void message.success(t('common.saved'));
              onClose();
            },
          },
        );
      }}
    >
      <Form.Item
        name="scoredOn"
        label={t('talent.scores.scoredOn')}
        rules={[{ required: true, message: t('common.required', { field: t('talent.scores.scoredOn') }) }]}
      >
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
      {indicators.map((i) => (
        <Form.Item
          key={i.code}
          name={['scores', i.code]}
          label={`${i.title}（${Math.round(i.weight * 1000) / 10}%）`}
        >
          <InputNumber min={0} max={100} step={1} style={{ width: '100%' }} />
        </Form.Item>
      ))}
      <Form.Item name="note" label={t('talent.scores.note')}>
        <Input maxLength={500} />
      </Form.Item>
    </ModalForm>
  );
}
