import { Alert, App, Button, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFieldRules } from '../../../ui/field-rules';
import { ModalForm } from '../../../ui/ModalForm';
import { useResetPasswordMutation } from '../api/reset-password-mutation';
import type { Account } from '../api/types';
import { generatePassword } from './generate-password';

export function ResetPasswordModal({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation();
  const rules = useFieldRules();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ newPassword: string }>();
  const reset = useResetPasswordMutation();
  return (
    <ModalForm<{ newPassword: string }>
      title={t('accounts.resetTitle', { username: account.username })}
      form={form}
      onClose={onClose}
      pending={reset.isPending}
      error={reset.error}
      okText={t('accounts.resetPassword')}
      initialValues={{ newPassword: generatePassword() }}
      onSubmit={(v) =>
        reset.mutate(
          { id: account.id, newPassword: v.newPassword },
          {
            onSuccess: () => {
              void message.success(t('common.done'));
              onClose();
            },
          },
        )
      }
    >
      <Alert type="info" showIcon title={t('accounts.resetHint')} style={{ marginBottom: 16 }} />
      <Form.Item
        label={t('auth.newPassword')}
        extra={t('auth.passwordPolicy')}
        required
        htmlFor="newPassword"
      >
        <Space.Compact style={{ width: '100%' }}>
          <Form.Item
            name="newPassword"
            noStyle
            rules={[rules.requiredSecret(t('auth.newPassword')), rules.password]}
          >
            <Input autoComplete="new-password" />
          </Form.Item>
          <Button onClick={() => form.setFieldValue('newPassword', generatePassword())}>
            {t('accounts.generate')}
          </Button>
        </Space.Compact>
      </Form.Item>
    </ModalForm>
  );
}
