import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { notificationKeys } from './keys';
import type { Preference } from './types';

export function useSavePreferencesMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (items: Omit<Preference, 'label'>[]) =>
      http.put<void>('/notifications/preferences', { items }),
    onSuccess: () => qc.invalidateQueries({ queryKey: notificationKeys.preferences }),
  });
}
