import { useMemo } from 'react';
import { useCan } from '../../auth/hooks/useCan';
import { useRosterFallbackQuery } from '../api/roster-fallback-query';
import type { AttendanceRow, MeetingDetail } from '../api/types';

/** Only QR sign-ins so far: the organiser has not saved attendance yet. */
export function onlySignIns(m: Pick<MeetingDetail, 'attendance'>): boolean {
  return m.attendance.length > 0 && m.attendance.every((a) => a.source === 'qr');
}

/**
 * The people to mark for a meeting: the server's rows, completed from the branch roster when only
 * QR sign-ins are stored (see useRosterFallbackQuery). A committee-only sitting is left as it is:
 * its roster is the committee, which the people list cannot tell.
 */
export function useAttendanceRoster(m: MeetingDetail): { rows: AttendanceRow[]; loading: boolean } {
  const can = useCan();
  const committeeOnly = m.types.every((t) => t === 'committee_meeting');
  const needed = onlySignIns(m) && !committeeOnly && can('person:read');
  const fallback = useRosterFallbackQuery(m.orgNodeId, needed);
  const rows = useMemo(() => {
    if (!needed || !fallback.data) return m.attendance;
    const seen = new Set(m.attendance.map((a) => a.personId));
    const rest: AttendanceRow[] = fallback.data.items
      .filter((p) => !seen.has(p.id))
      .map((p) => ({
        personId: p.id,
        name: p.name,
        partyStatus: p.partyStatus,
        expected: true,
        voting: p.partyStatus === 'full',
        status: null,
        absenceReason: null,
        note: null,
        source: null,
        signedInAt: null,
      }));
    return [...m.attendance, ...rest];
  }, [needed, fallback.data, m.attendance]);
  return { rows, loading: needed && fallback.isPending };
}
