import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useMenu } from './useMenu';

/** `/` opens the first page the user's permissions allow. */
export function HomeRedirect() {
  const { t } = useTranslation();
  const { paths } = useMenu();
  const first = paths[0];
  if (first) return <Navigate to={first} replace />;
  return <Result status="info" title={t('errors.noHome')} />;
}
