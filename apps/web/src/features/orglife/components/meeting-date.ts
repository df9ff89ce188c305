import { parseTimestamp } from '../../../lib/dates';
import type { MeetingListItem } from '../api/types';

/** The day a meeting took place, or the planned day while it is only planned. */
export function meetingDate(m: Pick<MeetingListItem, 'heldOn' | 'plannedStart'>): string {
  return m.heldOn ?? parseTimestamp(m.plannedStart)?.format('YYYY-MM-DD') ?? '';
}
