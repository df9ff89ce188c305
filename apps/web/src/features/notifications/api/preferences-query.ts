import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { notificationKeys } from './keys';
import type { Preference } from './types';

/** Per type: in-app, e-mail and SMS switches (all types are on in-app until switched off). */
export function usePreferencesQuery() {
  return useQuery({
    queryKey: notificationKeys.preferences,
    queryFn: async ({ signal }) =>
      (await http.get<{ items: Preference[] }>('/notifications/preferences', undefined, signal)).items,
  });
}
