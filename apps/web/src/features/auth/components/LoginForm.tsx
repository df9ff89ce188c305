import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';

export type LoginValues = { login: string; password: string };

type Props = {
  form: FormInstance<LoginValues>;
  onSubmit: (v: LoginValues) => void;
  pending: boolean;
  error: unknown;
};

export function LoginForm({ form, onSubmit, pending, error }: Props) {
  const { t } = useTranslation();
  return (
    <Form form={form} layout="vertical" onFinish={onSubmit} requiredMark={false} size="large">
      {error ? (
        <Alert type="error" showIcon title={errorText(error, t)} style={{ marginBottom: 16 }} role="alert" />
      ) : null}
      <Form.Item
        name="login"
        label={t('auth.login')}
        rules={[
          { required: true, whitespace: true, message: t('common.required', { field: t('auth.login') }) },
        ]}
      >
        <Input
          prefix={<UserOutlined />}
          placeholder={t('auth.loginPlaceholder')}
          autoComplete="username"
          autoFocus
        />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('auth.password')}
        rules={[{ required: true, message: t('common.required', { field: t('auth.password') }) }]}
      >
        <Input.Password
          prefix={<LockOutlined />}
          placeholder={t('auth.passwordPlaceholder')}
          autoComplete="current-password"
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={pending}>
        {t('auth.submit')}
      </Button>
    </Form>
  );
}
