import type { Permission } from '@zhibu/shared';
import type { ReactNode } from 'react';
import { LazyResultPage } from '../../../ui/LazyResultPage';
import { useCan } from '../hooks/useCan';

/** Shows the friendly 403 page instead of a screen whose every request would be refused. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const can = useCan();
  return can(permission) ? children : <LazyResultPage kind="403" />;
}
