import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { pointKeys } from './keys';
import type { RuleSetDetail } from './types';

/** One rule set with its whole definition (items, caps, who awards them). */
export function useRuleSetQuery(id: string | undefined) {
  return useQuery({
    queryKey: pointKeys.ruleSet(id ?? ''),
    queryFn: ({ signal }) => http.get<RuleSetDetail>(`/points/rule-sets/${id}`, undefined, signal),
    enabled: Boolean(id),
  });
}
