import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../features/auth/hooks/useCan';
import { useMe } from '../features/auth/hooks/useMe';
import { buildMenu, type MenuModel } from './menu-items';

export function useMenu(): MenuModel {
  const { t } = useTranslation();
  const me = useMe();
  const can = useCan();
  return useMemo(() => buildMenu(can, me.user.personId !== null, t), [can, me.user.personId, t]);
}
