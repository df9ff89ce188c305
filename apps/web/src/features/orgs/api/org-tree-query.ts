import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { orgKeys } from './keys';
import type { OrgTreeNode } from './types';

/** The part of the tree the user may read, with member counts per subtree. */
export function useOrgTreeQuery(enabled = true) {
  return useQuery({
    queryKey: orgKeys.tree,
    queryFn: async ({ signal }) =>
      (await http.get<{ items: OrgTreeNode[] }>('/orgs/tree', undefined, signal)).items,
    enabled,
  });
}
