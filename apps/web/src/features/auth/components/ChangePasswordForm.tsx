import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import { useFieldRules } from '../../../ui/field-rules';
import { useChangePasswordMutation } from '../api/change-password-mutation';

type Values = { currentPassword: string; newPassword: string; confirm: string };

export function ChangePasswordForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const rules = useFieldRules();
  const [form] = Form.useForm<Values>();
  const change = useChangePasswordMutation();
  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={(v) =>
        change.mutate(
          { currentPassword: v.currentPassword, newPassword: v.newPassword },
          { onSuccess: onDone },
        )
      }
    >
      {change.error ? (
        <Alert type="error" showIcon title={errorText(change.error, t)} style={{ marginBottom: 16 }} />
      ) : null}
      <Form.Item
        name="currentPassword"
        label={t('auth.currentPassword')}
        rules={[rules.requiredSecret(t('auth.currentPassword'))]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('auth.newPassword')}
        extra={t('auth.passwordPolicy')}
        rules={[rules.requiredSecret(t('auth.newPassword')), rules.password]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('auth.confirmPassword')}
        dependencies={['newPassword']}
        rules={[
          rules.requiredSecret(t('auth.confirmPassword')),
          ({ getFieldValue }) => ({
            validator: async (_r, v: unknown) => {
              if (v && v !== getFieldValue('newPassword')) throw new Error(t('auth.passwordMismatch'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={change.isPending}>
        {t('common.save')}
      </Button>
    </Form>
  );
}
