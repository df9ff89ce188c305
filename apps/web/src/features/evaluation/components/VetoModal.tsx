import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFieldRules } from '../../../ui/field-rules';
import { ModalForm } from '../../../ui/ModalForm';

type Props = {
  title: string;
  okText: string;
  initial?: string;
  pending: boolean;
  error: unknown;
  onSubmit: (reason: string) => void;
  onClose: () => void;
};

/** Marks or withdraws a veto: either way the facts and basis are recorded. */
export function VetoModal(p: Props) {
  const { t } = useTranslation();
  const rules = useFieldRules();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <ModalForm<{ reason: string }>
      title={p.title}
      form={form}
      okText={p.okText}
      pending={p.pending}
      error={p.error}
      initialValues={{ reason: p.initial ?? '' }}
      onClose={p.onClose}
      onSubmit={(v) => p.onSubmit(v.reason.trim())}
    >
      <Form.Item
        name="reason"
        label={t('evaluation.entry.vetoReason')}
        rules={[rules.required(t('evaluation.entry.vetoReason')), rules.max(1000)]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </ModalForm>
  );
}
