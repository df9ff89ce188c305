import type { QueryClient } from '@tanstack/react-query';
import { ratingKeys } from './keys';

/** After an answer, evidence or review changes: the sheet now, the round's progress when next shown. */
export async function invalidateAssessment(qc: QueryClient, roundId: string, orgId: string): Promise<void> {
  await Promise.all([
    qc.invalidateQueries({ queryKey: ratingKeys.assessment(roundId, orgId) }),
    qc.invalidateQueries({ queryKey: ratingKeys.roundDetail(roundId), refetchType: 'none' }),
  ]);
}
