import { useMemo } from 'react';
import { useOrgTreeQuery } from '../../orgs/api/org-tree-query';

/** The top of the part of the tree the user may read: where rosters and overviews start. */
export function useScopeRoot(): { rootId: string | undefined; loading: boolean } {
  const tree = useOrgTreeQuery();
  const rootId = useMemo(() => {
    const nodes = (tree.data ?? []).filter((n) => !n.dissolved);
    const ids = new Set(nodes.map((n) => n.id));
    return nodes.find((n) => !n.parentId || !ids.has(n.parentId))?.id;
  }, [tree.data]);
  return { rootId, loading: tree.isPending };
}
