import type { MyAppeal, PointEntryView } from '../api/types';

/** An original entry still standing: neither a reversal nor reversed. */
function standing(e: PointEntryView): boolean {
  return e.reversesId === null && e.reversedBy === null;
}

/**
 * Whether the member may appeal an entry: a rejected claim, or a branch record that stands, with no
 * appeal of it still open (the server refuses a second one).
 */
export function canAppeal(e: PointEntryView, appeals: readonly MyAppeal[]): boolean {
  if (!standing(e)) return false;
  const contestable = e.status === 'rejected' || (e.status === 'approved' && e.origin === 'branch');
  return contestable && !appeals.some((a) => a.entryId === e.id && a.status === 'open');
}

/** Whether the branch may reverse an entry: an approved claim or branch record that stands. */
export function canReverse(e: PointEntryView): boolean {
  return standing(e) && e.status === 'approved' && (e.origin === 'claim' || e.origin === 'branch');
}

/** The appeal of an entry still waiting for the committee, if any. */
export function openAppealOf(e: PointEntryView, appeals: readonly MyAppeal[]): MyAppeal | undefined {
  return appeals.find((a) => a.entryId === e.id && a.status === 'open');
}
