import type { QueryClient } from '@tanstack/react-query';
import { orglifeKeys } from './keys';

/**
 * After a meeting record changes: its detail, the lists, and everything derived from records
 * (compliance matrix and calendars, plan status, absence warnings). Awaited so that the next save
 * on the same page already sees the new version.
 */
export async function invalidateMeeting(qc: QueryClient, id: string): Promise<void> {
  await Promise.all([
    qc.invalidateQueries({ queryKey: orglifeKeys.meeting(id) }),
    qc.invalidateQueries({ queryKey: orglifeKeys.meetings, refetchType: 'none' }),
    qc.invalidateQueries({ queryKey: orglifeKeys.compliance, refetchType: 'none' }),
    qc.invalidateQueries({ queryKey: orglifeKeys.plans, refetchType: 'none' }),
    qc.invalidateQueries({ queryKey: ['orglife', 'absence'], refetchType: 'none' }),
  ]);
}
