import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { notificationKeys } from './keys';
import type { Notices } from './types';

// Reminders are generated on the server hourly; a minute is fresh enough for the bell.
const POLL_MS = 60_000;

/** The latest 100 notices (or the unread ones) and the unread count. */
export function useNotificationsQuery(unreadOnly: boolean) {
  return useQuery({
    queryKey: notificationKeys.list(unreadOnly),
    queryFn: ({ signal }) =>
      http.get<Notices>('/notifications', { unread: unreadOnly ? 'true' : undefined }, signal),
    refetchInterval: POLL_MS,
  });
}
