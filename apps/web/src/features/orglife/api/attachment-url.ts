/** Where the browser loads a meeting attachment (same origin: the session cookie goes along). */
export function attachmentUrl(meetingId: string, attachmentId: string, thumb = false): string {
  return `/api/v1/meetings/${meetingId}/attachments/${attachmentId}${thumb ? '?thumb=true' : ''}`;
}
