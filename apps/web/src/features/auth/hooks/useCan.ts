import type { Permission } from '@zhibu/shared';
import { useCallback } from 'react';
import { useMeQuery } from '../api/me-query';

/** Whether the signed-in user holds a permission. Menus and buttons use this, never role names. */
export function useCan(): (permission: Permission) => boolean {
  const { data } = useMeQuery();
  return useCallback((p: Permission) => data?.permissions.includes(p) ?? false, [data]);
}
