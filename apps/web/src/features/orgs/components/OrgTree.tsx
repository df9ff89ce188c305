import { Badge, Empty, Flex, Input, Tag, theme, Tooltip, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ancestorIds, nest, type TreeItem } from '../../../ui/tree-data';
import type { OrgTreeNode } from '../api/types';

type Props = {
  nodes: OrgTreeNode[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  height: number | undefined;
};

function matches(n: OrgTreeNode, q: string): boolean {
  const s = q.toLowerCase();
  return (
    n.name.toLowerCase().includes(s) ||
    n.code.toLowerCase().includes(s) ||
    (n.shortName ?? '').toLowerCase().includes(s)
  );
}

/** The organisation tree: member counts per subtree, warning badges, search by name or code. */
export function OrgTree({ nodes, selectedId, onSelect, height }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [search, setSearch] = useState('');
  const [expanded, setExpanded] = useState<string[] | null>(null);
  const q = search.trim();

  // While searching, keep matches and their ancestors; expand everything that is shown.
  const { treeData, searchExpanded } = useMemo(() => {
    let visible = nodes;
    let keys: string[] = [];
    if (q) {
      const keep = new Set<string>();
      for (const n of nodes) {
        if (matches(n, q)) {
          keep.add(n.id);
          for (const a of ancestorIds(nodes, n.id)) keep.add(a);
        }
      }
      visible = nodes.filter((n) => keep.has(n.id));
      keys = [...keep];
    }
    const toData = (n: TreeItem<OrgTreeNode>): TreeDataNode => ({
      key: n.id,
      title: (
        <Flex gap={6} align="center" wrap={false} data-testid={`org-node-${n.code}`}>
          <Typography.Text strong={q !== '' && matches(n, q)}>{n.shortName ?? n.name}</Typography.Text>
          <Tooltip title={t('orgs.countsHint')}>
            <Tag variant="filled" style={{ marginInlineEnd: 0, color: token.colorTextSecondary }}>
              {t('orgs.countsShort', { members: n.memberCount, people: n.peopleCount })}
            </Tag>
          </Tooltip>
          {n.warningCount > 0 ? (
            <Tooltip title={t('orgs.warningCount', { count: n.warningCount })}>
              <Badge count={n.warningCount} size="small" color={token.colorWarning} />
            </Tooltip>
          ) : null}
        </Flex>
      ),
      children: n.children?.map(toData),
    });
    return { treeData: nest(visible).map(toData), searchExpanded: keys };
  }, [nodes, q, t, token.colorTextSecondary, token.colorWarning]);

  // By default open the first two levels, plus the path to the selected node.
  const defaultExpanded = useMemo(() => {
    const roots = nodes.filter((n) => n.parentId === null).map((n) => n.id);
    const second = nodes.filter((n) => n.parentId !== null && roots.includes(n.parentId)).map((n) => n.id);
    return [...roots, ...second, ...(selectedId ? ancestorIds(nodes, selectedId) : [])];
  }, [nodes, selectedId]);

  return (
    <Flex vertical gap={8}>
      <Input.Search
        allowClear
        placeholder={t('orgs.searchPlaceholder')}
        onChange={(e) => setSearch(e.target.value)}
        aria-label={t('orgs.searchPlaceholder')}
      />
      {treeData.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Tree
          blockNode
          showLine
          height={height}
          treeData={treeData}
          selectedKeys={selectedId ? [selectedId] : []}
          expandedKeys={q ? searchExpanded : (expanded ?? defaultExpanded)}
          onExpand={(keys) => {
            if (!q) setExpanded(keys.map(String));
          }}
          onSelect={(keys) => {
            const k = keys[0];
            if (k !== undefined) onSelect(String(k));
          }}
        />
      )}
    </Flex>
  );
}
