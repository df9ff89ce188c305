import { describe, expect, it } from 'vitest';
import { ancestorIds, nest, subtreeIds } from './tree-data';

const items = [
  { id: 'root', parentId: null },
  { id: 'a', parentId: 'root' },
  { id: 'a1', parentId: 'a' },
  { id: 'b', parentId: 'root' },
  { id: 'orphan', parentId: 'outside-scope' },
];

describe('tree helpers', () => {
  it('nests in list order; unknown parents make roots', () => {
    const roots = nest(items);
    expect(roots.map((r) => r.id)).toEqual(['root', 'orphan']);
    expect(roots[0]!.children!.map((c) => c.id)).toEqual(['a', 'b']);
    expect(roots[0]!.children![0]!.children!.map((c) => c.id)).toEqual(['a1']);
  });
  it('finds a subtree and the ancestors', () => {
    expect([...subtreeIds(items, 'a')].sort()).toEqual(['a', 'a1']);
    expect(ancestorIds(items, 'a1')).toEqual(['a', 'root']);
    expect(ancestorIds(items, 'root')).toEqual([]);
  });
});
