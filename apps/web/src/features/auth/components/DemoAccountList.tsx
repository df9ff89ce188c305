import { UserOutlined } from '@ant-design/icons';
import { ROLES } from '@zhibu/shared';
import { Alert, Button, Flex, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { enumLabel } from '../../../ui/enum-label';
import { useLang } from '../../../ui/useLang';
import type { DemoAccounts } from '../api/types';

type Props = { demo: DemoAccounts; onPick: (username: string, password: string) => void };

/** Demo mode only: the seeded accounts, one click to fill the login form. */
export function DemoAccountList({ demo, onPick }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const lang = useLang();
  const password = demo.password ?? '';
  return (
    <Flex vertical gap={8} data-testid="demo-accounts">
      <strong>{t('auth.demoTitle')}</strong>
      <Alert type="info" showIcon title={t('auth.demoHint', { password })} />
      <Flex vertical gap={4}>
        {demo.items.map((a) => (
          <Button
            key={a.username}
            block
            icon={<UserOutlined />}
            onClick={() => onPick(a.username, password)}
            style={{
              justifyContent: 'flex-start',
              height: 'auto',
              padding: '6px 12px',
              whiteSpace: 'normal',
              textAlign: 'left',
            }}
          >
            <strong>{a.username}</strong>
            <span style={{ color: token.colorTextSecondary }}>
              {lang === 'zh' ? a.description : enumLabel(ROLES, a.role, lang)}
            </span>
          </Button>
        ))}
      </Flex>
    </Flex>
  );
}
