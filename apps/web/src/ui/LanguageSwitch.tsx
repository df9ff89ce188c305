import { GlobalOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { setLanguage, type UiLanguage } from '../i18n';

const OPTIONS: { value: UiLanguage; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'English' },
];

/**
 * Switches the UI language; the choice is kept in the cookie the server reads for its messages.
 * Two plain buttons rather than a Select: this sits on the login page, whose bundle must stay small.
 */
export function LanguageSwitch({ size = 'middle' }: { size?: 'small' | 'middle' }) {
  const { i18n, t } = useTranslation();
  const current: UiLanguage = i18n.language.startsWith('en') ? 'en' : 'zh-CN';
  return (
    <Flex align="center" gap={2} role="group" aria-label={t('app.language')}>
      <GlobalOutlined aria-hidden />
      {OPTIONS.map((o) => (
        <Button
          key={o.value}
          size={size}
          type={o.value === current ? 'link' : 'text'}
          aria-pressed={o.value === current}
          onClick={() => void setLanguage(o.value)}
        >
          {o.label}
        </Button>
      ))}
    </Flex>
  );
}
