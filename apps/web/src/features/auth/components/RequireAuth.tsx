import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { PageSpin } from '../../../ui/PageSpin';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useMeQuery } from '../api/me-query';

type Props = { children: ReactNode; allowPendingPasswordChange?: boolean };

/** Renders its children for a signed-in user; otherwise sends them to the login page and back. */
export function RequireAuth({ children, allowPendingPasswordChange = false }: Props) {
  const { data: me, isPending, isError, error, refetch } = useMeQuery();
  const location = useLocation();
  if (isPending) return <PageSpin />;
  if (isError) {
    // Kept light (no Result page): this component is part of the login page's bundle.
    return (
      <div style={{ maxWidth: 560, margin: '64px auto', padding: 16 }}>
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </div>
    );
  }
  if (!me) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (me.mustChangePassword && !allowPendingPasswordChange) return <Navigate to="/change-password" replace />;
  return children;
}
