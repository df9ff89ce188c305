import dayjs from 'dayjs';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useCan } from '../../auth/hooks/useCan';
import { useMe } from '../../auth/hooks/useMe';
import { useOrgTreeQuery } from '../../orgs/api/org-tree-query';
import type { OrgTreeNode } from '../../orgs/api/types';

/**
 * The organisation and year a page is about, kept in the URL (`?orgId=&year=`). Without one in the
 * URL, the organisation of the user's first role is used when it is of a suitable kind — a
 * secretary lands on their own branch; a committee administrator chooses one.
 */
export function useOrgYearParams(suitable?: (n: OrgTreeNode) => boolean) {
  const [search, setSearch] = useSearchParams();
  const me = useMe();
  const can = useCan();
  const canReadTree = can('org:read');
  const tree = useOrgTreeQuery(canReadTree);
  const year = Number(search.get('year')) || dayjs().year();
  const fromUrl = search.get('orgId') ?? undefined;
  const fallback = useMemo(() => {
    for (const r of me.roles) {
      // Without the tree (members) the role's own organisation is the only one there is.
      if (!canReadTree) return r.orgNodeId;
      const node = tree.data?.find((n) => n.id === r.orgNodeId);
      if (node && (!suitable || suitable(node))) return r.orgNodeId;
    }
    return undefined;
  }, [me.roles, canReadTree, tree.data, suitable]);

  const set = useCallback(
    (key: 'orgId' | 'year', value: string | number | undefined) =>
      setSearch(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value === undefined || value === '') next.delete(key);
          else next.set(key, String(value));
          return next;
        },
        { replace: true },
      ),
    [setSearch],
  );
  return {
    orgId: fromUrl ?? fallback,
    year,
    setOrgId: (id: string | undefined) => set('orgId', id),
    setYear: (y: number) => set('year', y),
    canPickOrg: canReadTree,
  };
}

/** Branches (and joint or temporary branches): where talks, appraisals and most meetings happen. */
export const isBranch = (n: OrgTreeNode) => n.type === 'branch';
/** Branches and Party groups: the units with their own plan and compliance. */
export const isBranchOrGroup = (n: OrgTreeNode) => n.type === 'branch' || n.type === 'group';
