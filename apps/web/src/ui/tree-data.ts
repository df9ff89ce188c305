export type TreeItem<T> = T & { children?: TreeItem<T>[] };

/**
 * Nests a flat list (id, parentId) in one pass, keeping the list's order among siblings. Items whose
 * parent is not in the list become roots (a user's scope starts somewhere inside the tree).
 */
export function nest<T extends { id: string; parentId: string | null }>(items: readonly T[]): TreeItem<T>[] {
  const byId = new Map<string, TreeItem<T>>(items.map((i) => [i.id, { ...i }]));
  const roots: TreeItem<T>[] = [];
  for (const i of items) {
    const node = byId.get(i.id)!;
    const parent = i.parentId ? byId.get(i.parentId) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

/** The ids of an item and all its descendants. */
export function subtreeIds<T extends { id: string; parentId: string | null }>(
  items: readonly T[],
  rootId: string,
): Set<string> {
  const children = new Map<string, string[]>();
  for (const i of items) {
    if (i.parentId) children.set(i.parentId, [...(children.get(i.parentId) ?? []), i.id]);
  }
  const out = new Set<string>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/** The ids of the ancestors of an item, nearest first. */
export function ancestorIds<T extends { id: string; parentId: string | null }>(
  items: readonly T[],
  id: string,
): string[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const out: string[] = [];
  let cur = byId.get(id)?.parentId ?? null;
  while (cur && !out.includes(cur)) {
    out.push(cur);
    cur = byId.get(cur)?.parentId ?? null;
  }
  return out;
}
