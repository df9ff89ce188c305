import { Outlet } from 'react-router';
import { AuthEventsListener } from '../features/auth/components/AuthEventsListener';

export function RootRoute() {
  return (
    <>
      <AuthEventsListener />
      <Outlet />
    </>
  );
}
