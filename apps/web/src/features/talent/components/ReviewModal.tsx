import { App, DatePicker, Form, Input, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { fromDay } from '../../../lib/dates';
import { ModalForm } from '../../../ui/ModalForm';
import { useReviewReserveMutation } from '../api/mutations';
import type { Bilingual } from '../api/types';
import { useTalentLabels } from './labels';

type Values = { outcome: 'keep' | 'remove'; reviewedOn: Dayjs; reason?: string; nextReviewOn?: Dayjs | null };

/** What the dialog reads of an entry: a list item or the detail (whose review is null once removed). */
type ReviewedEntry = {
  id: string;
  enteredOn: string;
  person: { name: string };
  review: { explanation: Bilingual[] } | null;
};

type Props = {
  entry: ReviewedEntry;
  /** The outcome preselected: 'remove' when opened from 调出. */
  outcome?: 'keep' | 'remove';
  onClose: () => void;
};

/**
 * The branch's review of a pool entry: keep (the next review date moves by the review period, or to
 * the date agreed) or remove with a reason.
 */
export function ReviewModal({ entry, outcome: initialOutcome = 'keep', onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const l = useTalentLabels();
  const [form] = Form.useForm<Values>();
  const review = useReviewReserveMutation();
  const outcome = Form.useWatch('outcome', form);
  const reviewedOn = Form.useWatch('reviewedOn', form);
  return (
    <ModalForm<Values>
      title={t('talent.reserve.reviewTitle', { name: entry.person.name })}
      form={form}
      initialValues={{ outcome: initialOutcome, reviewedOn: dayjs() }}
      pending={review.isPending}
      error={review.error}
      onClose={onClose}
      onSubmit={(v) =>
        review.mutate(
          {
            entryId: entry.id,
            body: {
              reviewedOn: fromDay(v.reviewedOn)!,
              outcome: v.outcome,
              reason: v.reason?.trim() || null,
              nextReviewOn: v.outcome === 'keep' ? fromDay(v.nextReviewOn) : null,
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
      {(entry.review?.explanation ?? []).map((e, i) => (
        <Typography.Paragraph key={i} type="secondary" style={{ marginBottom: 4 }}>
          {l.text(e)}
        </Typography.Paragraph>
      ))}
      <Form.Item name="outcome" label={t('talent.reserve.outcome')}>
        <Radio.Group
          options={[
            { value: 'keep', label: t('talent.reserve.keep') },
            { value: 'remove', label: t('talent.reserve.remove') },
          ]}
        />
      </Form.Item>
      <Form.Item name="reviewedOn" label={t('talent.reserve.reviewedOn')} rules={[{ required: true }]}>
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(d) => d.isAfter(dayjs(), 'day') || d.isBefore(dayjs(entry.enteredOn), 'day')}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('talent.reason')}
        rules={
          outcome === 'remove'
            ? [
                {
                  required: true,
                  whitespace: true,
                  message: t('common.required', { field: t('talent.reason') }),
                },
              ]
            : []
        }
      >
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
      {outcome === 'keep' ? (
        <Form.Item
          name="nextReviewOn"
          label={t('talent.reserve.nextReviewOn')}
          extra={t('talent.reserve.nextReviewHint')}
        >
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(d) => Boolean(reviewedOn && !d.isAfter(reviewedOn, 'day'))}
          />
        </Form.Item>
      ) : null}
    </ModalForm>
  );
}
