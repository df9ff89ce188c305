import { App, Alert, Button, Card, Flex, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LanguageSwitch } from '../../../ui/LanguageSwitch';
import { useLogoutMutation } from '../api/logout-mutation';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { useMe } from '../hooks/useMe';

/** Reached from the user menu, or forced after the first sign-in or a password reset. */
export function ChangePasswordPage() {
  return (
    <App>
      <ChangePasswordScreen />
    </App>
  );
}

function ChangePasswordScreen() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useMe();
  const logout = useLogoutMutation();
  const forced = me.mustChangePassword;
  return (
    <Flex
      vertical
      align="center"
      style={{ minHeight: '100vh', background: token.colorBgLayout, padding: 16 }}
    >
      <Flex justify="flex-end" style={{ width: '100%' }}>
        <LanguageSwitch />
      </Flex>
      <Card
        title={`${t('auth.changeTitle')} · ${me.user.displayName}`}
        style={{ width: '100%', maxWidth: 440, marginTop: 48 }}
        extra={
          forced ? (
            <Button
              type="link"
              onClick={() => logout.mutate(undefined, { onSettled: () => void navigate('/login') })}
            >
              {t('nav.logout')}
            </Button>
          ) : (
            <Button
              type="link"
              // Back where the user came from; opened directly (no history in the app), go home.
              onClick={() => void ((window.history.state as { idx?: number } | null)?.idx ? navigate(-1) : navigate('/'))}
            >
              {t('common.back')}
            </Button>
          )
        }
      >
        {forced ? (
          <Alert type="warning" showIcon title={t('auth.changeForcedHint')} style={{ marginBottom: 16 }} />
        ) : null}
        <ChangePasswordForm
          onDone={() => {
            void message.success(t('auth.passwordChanged'));
            void navigate('/', { replace: true });
          }}
        />
      </Card>
    </Flex>
  );
}
