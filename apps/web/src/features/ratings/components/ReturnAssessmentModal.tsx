import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFieldRules } from '../../../ui/field-rules';
import { ModalForm } from '../../../ui/ModalForm';
import { useSubmissionMutation } from '../api/submission-mutation';

/** 退回: the self-assessment goes back to the branch with a reason it sees. */
export function ReturnAssessmentModal({
  roundId,
  orgId,
  onClose,
}: {
  roundId: string;
  orgId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const rules = useFieldRules();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const act = useSubmissionMutation(roundId, orgId);
  return (
    <ModalForm<{ reason: string }>
      title={t('ratings.review.returnTitle')}
      form={form}
      pending={act.isPending}
      error={act.error}
      okText={t('ratings.review.return')}
      onClose={onClose}
      onSubmit={(v) =>
        act.mutate(
          { action: 'return', reason: v.reason.trim() },
          {
            onSuccess: () => {
              void message.success(t('ratings.review.returnedOk'));
              onClose();
            },
          },
        )
      }
    >
      <Form.Item
        name="reason"
        label={t('ratings.review.returnReason')}
        rules={[rules.required(t('ratings.review.returnReason')), rules.max(500)]}
      >
        <Input.TextArea autoSize={{ minRows: 3 }} placeholder={t('ratings.review.returnPlaceholder')} />
      </Form.Item>
    </ModalForm>
  );
}
