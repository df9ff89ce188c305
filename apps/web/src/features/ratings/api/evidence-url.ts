/** Where the browser loads an evidence file (same origin: the session cookie goes along). */
export function evidenceUrl(roundId: string, orgId: string, attachmentId: string, thumb = false): string {
  return `/api/v1/rating-rounds/${roundId}/orgs/${orgId}/evidence/${attachmentId}${thumb ? '?thumb=true' : ''}`;
}
