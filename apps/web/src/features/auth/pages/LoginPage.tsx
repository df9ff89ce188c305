import { Alert, Flex, Form, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { authEvents } from '../../../lib/auth-events';
import { LanguageSwitch } from '../../../ui/LanguageSwitch';
import { useDemoAccountsQuery } from '../api/demo-accounts-query';
import { useLoginMutation } from '../api/login-mutation';
import { useMeQuery } from '../api/me-query';
import { DemoAccountList } from '../components/DemoAccountList';
import { LoginForm, type LoginValues } from '../components/LoginForm';

/** Only same-site paths: `?next=` must never send a user to another origin after login. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

// The only page in the initial bundle: plain elements styled with theme tokens instead of Card,
// Typography or Divider keep it well under the size budget.
export function LoginPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [form] = Form.useForm<LoginValues>();
  const me = useMeQuery();
  const login = useLoginMutation();
  const demo = useDemoAccountsQuery();
  const [notice] = useState(() => authEvents.takeSignOutNotice());
  const next = safeNext(params.get('next'));

  if (me.data && !login.isPending) {
    return <Navigate to={me.data.mustChangePassword ? '/change-password' : next} replace />;
  }

  const submit = (v: LoginValues) =>
    login.mutate(v, {
      onSuccess: (m) => void navigate(m.mustChangePassword ? '/change-password' : next, { replace: true }),
    });

  const panel = {
    width: '100%',
    maxWidth: 420,
    background: token.colorBgContainer,
    borderRadius: token.borderRadiusLG,
    boxShadow: token.boxShadowTertiary,
    padding: 24,
  };

  return (
    <Flex
      vertical
      align="center"
      style={{ minHeight: '100vh', background: token.colorBgLayout, padding: 16 }}
    >
      <Flex justify="flex-end" style={{ width: '100%' }}>
        <LanguageSwitch />
      </Flex>
      <Flex vertical align="center" gap={4} style={{ margin: '24px 0' }}>
        <h1 style={{ margin: 0, fontSize: 40, color: token.colorPrimary, letterSpacing: 4 }}>
          {t('app.name')}
        </h1>
        <span style={{ color: token.colorTextSecondary }}>{t('app.tagline')}</span>
      </Flex>
      <main style={panel}>
        <h2 style={{ marginTop: 0, fontSize: token.fontSizeHeading4 }}>{t('auth.title')}</h2>
        {notice && !login.error ? (
          <Alert type="warning" showIcon title={notice} style={{ marginBottom: 16 }} />
        ) : null}
        <LoginForm form={form} onSubmit={submit} pending={login.isPending} error={login.error} />
        {demo.data?.demo ? (
          <div style={{ borderTop: `1px solid ${token.colorSplit}`, marginTop: 24, paddingTop: 24 }}>
            <DemoAccountList
              demo={demo.data}
              onPick={(username, password) => {
                form.setFieldsValue({ login: username, password });
                login.reset();
              }}
            />
          </div>
        ) : null}
      </main>
      {demo.data?.demo ? (
        <Alert type="warning" title={t('auth.demoBanner')} style={{ maxWidth: 420, marginTop: 16 }} />
      ) : null}
    </Flex>
  );
}
