import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { pointKeys } from './keys';
import type { RuleSetListItem } from './types';

/** The rule sets the user may read, newest year first; one year when given. */
export function useRuleSetsQuery(year?: number, enabled = true) {
  return useQuery({
    queryKey: pointKeys.ruleSets(year),
    queryFn: async ({ signal }) =>
      (await http.get<{ items: RuleSetListItem[] }>('/points/rule-sets', { year }, signal)).items,
    enabled,
  });
}
