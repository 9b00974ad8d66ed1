import { isCollection, isNode, isPair, type Node } from 'yaml';

/**
 * Calls `fn` on every node of a YAML tree (keys and values, `root` itself included), parents
 * before their children, in text order. `fn` returning false skips that node's children. The
 * library's own `visit` builds a frozen path for every node it passes, which made it a tenth of
 * a small edit's time; these walks need no path. Trees are at most 100 deep (limits.ts), and
 * the walk keeps its own stack anyway.
 */
export function eachNode(root: unknown, fn: (node: Node) => boolean | void): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const n = stack.pop();
    if (isPair(n)) {
      stack.push(n.value, n.key);
      continue;
    }
    if (!isNode(n) || fn(n) === false || !isCollection(n)) continue;
    for (let i = n.items.length - 1; i >= 0; i--) stack.push(n.items[i]);
  }
}
