import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from './error-text';

type Props = { error: unknown; onRetry?: () => void };

/** A failed query, explained in the user's language, with a retry button when one makes sense. */
export function ErrorAlert({ error, onRetry }: Props) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      title={errorText(error, t)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
