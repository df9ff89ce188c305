import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { invalidateMeeting } from './invalidate-meeting';
import type { AttendanceEntry } from './types';

/** Records attendance by hand: roster members left out become absent; others join as present or 列席. */
export function useSaveAttendanceMutation(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; entries: AttendanceEntry[] }) =>
      http.put<void>(`/meetings/${id}/attendance`, body),
    onSuccess: () => invalidateMeeting(qc, id),
  });
}
