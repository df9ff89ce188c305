import { CheckCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Result, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../lib/http';
import { errorText } from '../../../ui/error-text';
import { LanguageSwitch } from '../../../ui/LanguageSwitch';
import { useMe } from '../../auth/hooks/useMe';
import { useMeetingQuery } from '../api/meeting-query';
import { useSignInMutation } from '../api/sign-in-mutation';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The sign-in token starts with the meeting's id (apps/server …/orglife/sign-in.ts). */
function meetingIdOf(token: string): string | undefined {
  const id = token.split('.')[0] ?? '';
  return UUID.test(id) ? id : undefined;
}

/**
 * Where a member's phone lands after scanning the organiser's QR code. Signed-in members confirm with
 * one tap; anonymous visitors were sent to the login page by RequireAuth and brought back here.
 */
export function SignInPage() {
  const { t } = useTranslation();
  const { token: colors } = theme.useToken();
  const { token = '' } = useParams();
  const me = useMe();
  const signIn = useSignInMutation();
  // Show what the member is signing in to; members may read their branch's meetings.
  const meeting = useMeetingQuery(meetingIdOf(token));
  const known = meeting.data;
  const expired = signIn.error instanceof ApiError && signIn.error.code === 'SIGN_IN_INVALID';

  let body;
  if (signIn.isSuccess) {
    body = (
      <Result
        status="success"
        title={t('orglife.signIn.success')}
        subTitle={signIn.data.title}
        extra={[
          <Link key="meeting" to={`/orglife/meetings/${signIn.data.meetingId}`}>
            <Button type="primary">{t('orglife.record.viewMeeting')}</Button>
          </Link>,
          <Link key="home" to="/">
            <Button>{t('errors.goHome')}</Button>
          </Link>,
        ]}
      />
    );
  } else {
    body = (
      <Flex vertical gap={16}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('orglife.signIn.pageTitle')}
        </Typography.Title>
        {known ? (
          <div>
            <Typography.Text strong style={{ display: 'block' }}>
              {known.title}
            </Typography.Text>
            <Typography.Text type="secondary">
              {[known.orgName, known.heldOn, known.place].filter(Boolean).join(' · ')}
            </Typography.Text>
          </div>
        ) : null}
        <Typography.Text>{t('orglife.signIn.confirmText', { name: me.user.displayName })}</Typography.Text>
        {signIn.error ? (
          <Alert
            type={expired ? 'warning' : 'error'}
            showIcon
            title={errorText(signIn.error, t)}
            data-testid="sign-in-error"
          />
        ) : null}
        <Button
          type="primary"
          size="large"
          block
          icon={<CheckCircleOutlined />}
          loading={signIn.isPending}
          disabled={expired}
          onClick={() => signIn.mutate(token)}
        >
          {t('orglife.signIn.confirm')}
        </Button>
        <Typography.Text type="secondary">{t('orglife.signIn.optionalHint')}</Typography.Text>
      </Flex>
    );
  }

  return (
    <Flex
      vertical
      align="center"
      style={{ minHeight: '100vh', background: colors.colorBgLayout, padding: 16 }}
    >
      <Flex justify="flex-end" style={{ width: '100%' }}>
        <LanguageSwitch size="small" />
      </Flex>
      <main
        style={{
          width: '100%',
          maxWidth: 420,
          marginTop: 24,
          background: colors.colorBgContainer,
          borderRadius: colors.borderRadiusLG,
          boxShadow: colors.boxShadowTertiary,
          padding: 24,
        }}
      >
        {body}
      </main>
    </Flex>
  );
}
