import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { peopleKeys } from '../../people/api/keys';
import { orglifeKeys } from './keys';

/** Closes the round: every member's final grade goes into their history. */
export function useCloseAppraisalMutation(roundId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => http.post<void>(`/appraisals/${roundId}/close`),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: orglifeKeys.appraisals });
      await qc.invalidateQueries({ queryKey: peopleKeys.all });
    },
  });
}
