import { ORG_TYPES } from '@zhibu/shared';
import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { enumLabel, withNote } from '../../../ui/enum-label';
import { nest, type TreeItem } from '../../../ui/tree-data';
import { useLang } from '../../../ui/useLang';
import { useOrgTreeQuery } from '../api/org-tree-query';
import type { OrgTreeNode } from '../api/types';

type Props = {
  value?: string | null;
  onChange?: (id: string | undefined) => void;
  /** Which nodes may be chosen; the others stay visible (greyed) so the tree keeps its shape. */
  selectable?: (n: OrgTreeNode) => boolean;
  /** Nodes to leave out with their subtrees (e.g. the node being moved). */
  exclude?: (n: OrgTreeNode) => boolean;
  placeholder?: string;
  allowClear?: boolean;
  id?: string;
  style?: React.CSSProperties;
};

type Option = { value: string; title: string; disabled: boolean; children?: Option[] };

/** Picks an organisation from the tree the user may read, searchable by name or code. */
export function OrgTreeSelect({
  value,
  onChange,
  selectable,
  exclude,
  placeholder,
  allowClear,
  id,
  style,
}: Props) {
  const lang = useLang();
  const tree = useOrgTreeQuery();
  const options = useMemo(() => {
    const nodes = (tree.data ?? []).filter((n) => !n.dissolved);
    const toOption = (n: TreeItem<OrgTreeNode>): Option | null => {
      if (exclude?.(n)) return null;
      const children = (n.children ?? []).map(toOption).filter((c): c is Option => c !== null);
      return {
        value: n.id,
        title: withNote(n.name, enumLabel(ORG_TYPES, n.type, lang), lang),
        disabled: selectable ? !selectable(n) : false,
        children: children.length > 0 ? children : undefined,
      };
    };
    return nest(nodes)
      .map(toOption)
      .filter((o): o is Option => o !== null);
  }, [tree.data, selectable, exclude, lang]);
  return (
    <TreeSelect
      id={id}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v)}
      treeData={options}
      loading={tree.isPending}
      placeholder={placeholder}
      allowClear={allowClear}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll={options.length > 0 && (tree.data?.length ?? 0) <= 120}
      popupMatchSelectWidth={false}
      style={{ width: '100%', ...style }}
      listHeight={360}
    />
  );
}
