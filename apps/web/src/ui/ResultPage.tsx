import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

type Props = { kind: '403' | '404' | 'error'; onRetry?: () => void };

/** The friendly 403 / 404 / error screens. */
export function ResultPage({ kind, onRetry }: Props) {
  const { t } = useTranslation();
  const text = {
    '403': { status: '403', title: t('errors.forbiddenTitle'), sub: t('errors.forbiddenText') },
    '404': { status: '404', title: t('errors.notFoundTitle'), sub: t('errors.notFoundText') },
    error: { status: '500', title: t('errors.errorTitle'), sub: t('errors.errorText') },
  }[kind];
  return (
    <Result
      status={text.status as '403' | '404' | '500'}
      title={text.title}
      subTitle={text.sub}
      extra={[
        onRetry ? (
          <Button key="retry" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : null,
        <Link key="home" to="/">
          <Button type="primary">{t('errors.goHome')}</Button>
        </Link>,
      ]}
    />
  );
}
