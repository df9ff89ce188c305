import { Alert, Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldRules } from './field-rules';
import { ModalForm } from './ModalForm';

type Props = {
  title: string;
  label: string;
  okText?: string;
  /** Shown above the reason: what is being decided, or what the action does. */
  context?: ReactNode;
  hint?: string;
  pending: boolean;
  error: unknown;
  onSubmit: (reason: string) => void;
  onClose: () => void;
};

/** A dialog asking for the one required reason of a decision (退回, 申诉, 冲正, 裁决, 一票否决). Mount while open. */
export function ReasonModal(p: Props) {
  const { t } = useTranslation();
  const rules = useFieldRules();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <ModalForm<{ reason: string }>
      title={p.title}
      form={form}
      pending={p.pending}
      error={p.error}
      okText={p.okText ?? t('common.confirm')}
      onClose={p.onClose}
      onSubmit={(v) => p.onSubmit(v.reason.trim())}
    >
      {p.context}
      {p.hint ? <Alert type="info" showIcon title={p.hint} style={{ marginBottom: 16 }} /> : null}
      <Form.Item name="reason" label={p.label} rules={[rules.required(p.label), rules.max(1000)]}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </ModalForm>
  );
}
