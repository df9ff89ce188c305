import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { orglifeKeys } from './keys';
import type { RectificationItem } from './types';

type Item = Omit<RectificationItem, 'ownerName'>;

/** Replaces the list; it stays editable after review, as items are closed over the following months. */
export function useSaveRectificationsMutation(meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (items: Item[]) => http.put<void>(`/meetings/${meetingId}/rectifications`, { items }),
    onSuccess: () => qc.invalidateQueries({ queryKey: orglifeKeys.rectifications(meetingId) }),
  });
}
