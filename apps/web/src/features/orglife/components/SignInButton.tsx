import { QrcodeOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Modal, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTimestamp } from '../../../lib/dates';
import { errorText } from '../../../ui/error-text';
import { useMeetingQuery } from '../api/meeting-query';
import { useSignInCodeMutation } from '../api/sign-in-code-mutation';
import type { MeetingDetail } from '../api/types';

// While the code is on screen, look for new sign-ins every few seconds.
const POLL_MS = 4000;

/** The seconds left until `iso`, ticking once a second while mounted. */
function useSecondsLeft(iso: string | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return iso ? Math.max(0, Math.round((Date.parse(iso) - now) / 1000)) : 0;
}

/**
 * The organiser's QR sign-in: a short-lived code members scan while signed in. Optional — attendance
 * can always be recorded by hand. The SVG comes from the server and is shown as an image, which
 * cannot run scripts.
 */
export function SignInButton({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const code = useSignInCodeMutation(meeting.id);
  const show = () => {
    setOpen(true);
    code.mutate();
  };
  return (
    <>
      <Button icon={<QrcodeOutlined />} onClick={show}>
        {t('orglife.signIn.open')}
      </Button>
      {open ? <SignInModal meeting={meeting} code={code} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

type ModalProps = {
  meeting: MeetingDetail;
  code: ReturnType<typeof useSignInCodeMutation>;
  onClose: () => void;
};

function SignInModal({ meeting, code, onClose }: ModalProps) {
  const { t } = useTranslation();
  const live = useMeetingQuery(meeting.id, POLL_MS).data ?? meeting;
  const left = useSecondsLeft(code.data?.expiresAt);
  const signedIn = live.attendance.filter((a) => a.source === 'qr' && a.status === 'present');
  const expired = !!code.data && left === 0;
  return (
    <Modal
      open
      title={t('orglife.signIn.title', { title: meeting.title })}
      onCancel={onClose}
      footer={[
        <Button
          key="refresh"
          icon={<ReloadOutlined />}
          loading={code.isPending}
          onClick={() => code.mutate()}
        >
          {t('orglife.signIn.refresh')}
        </Button>,
        <Button key="close" type="primary" onClick={onClose}>
          {t('common.close')}
        </Button>,
      ]}
      width={400}
    >
      <Flex vertical align="center" gap={12}>
        {code.error ? <Alert type="error" showIcon title={errorText(code.error, t)} /> : null}
        {code.data ? (
          <>
            <img
              src={`data:image/svg+xml;utf8,${encodeURIComponent(code.data.qrSvg)}`}
              alt={t('orglife.signIn.qrAlt')}
              width={240}
              height={240}
              style={{ opacity: expired ? 0.2 : 1 }}
              data-testid="sign-in-qr"
            />
            {expired ? (
              <Alert type="warning" showIcon title={t('orglife.signIn.expired')} />
            ) : (
              <Typography.Text>
                {t('orglife.signIn.expiresAt', {
                  time: parseTimestamp(code.data.expiresAt)?.format('HH:mm:ss') ?? '',
                  minutes: Math.floor(left / 60),
                  seconds: String(left % 60).padStart(2, '0'),
                })}
              </Typography.Text>
            )}
            <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
              {t('orglife.signIn.hint')}
            </Typography.Text>
            <Typography.Text
              copyable={{ text: code.data.url }}
              data-testid="sign-in-url"
              style={{ wordBreak: 'break-all', fontSize: 12 }}
            >
              {code.data.url}
            </Typography.Text>
          </>
        ) : null}
        <Flex vertical gap={4} style={{ width: '100%' }}>
          <Typography.Text strong>{t('orglife.signIn.signedIn', { count: signedIn.length })}</Typography.Text>
          <Flex gap={4} wrap>
            {signedIn.map((a) => (
              <Tag key={a.personId} color="processing">
                {a.name}
              </Tag>
            ))}
          </Flex>
        </Flex>
      </Flex>
    </Modal>
  );
}
