import { parseFile, type ParsedFile } from './parse';

type Tree = Pick<ParsedFile, 'doc' | 'data'>;

/**
 * The YAML trees the workspace holds, at most `capacity` of them, the most recently used kept.
 *
 * A file's tree (every node with its range and source tokens) weighs twenty times its
 * declarations: 4,000 map files held as trees take over 400 MB, as declarations 25 MB. The
 * model is read from the tree once, when the text changes; hover, completion and the like need
 * the tree of the file under the cursor, which is parsed again when it was let go.
 */
export class RecentTrees {
  private readonly held = new Map<object, () => void>();

  constructor(private readonly capacity = 16) {}

  /** Marks `owner`'s tree as just used; `drop` lets it go when others were used since. */
  touch(owner: object, drop: () => void): void {
    this.held.delete(owner);
    this.held.set(owner, drop);
    for (const [oldest, dropOldest] of this.held) {
      if (this.held.size <= this.capacity) break;
      this.held.delete(oldest);
      dropOldest();
    }
  }

  forget(owner: object): void {
    this.held.delete(owner);
  }
}

/**
 * `full` as a ParsedFile that keeps its text, line table and syntax errors, and its tree only
 * while `trees` holds it (`keepTree` false: not even at first); the same text parses to the
 * same tree, so reading `doc` after it was let go answers as before.
 */
export function treeOnDemand(full: ParsedFile, trees: RecentTrees, keepTree = true): ParsedFile {
  const { uri, text, lineCounter, syntaxErrors, textProblems } = full;
  let tree: Tree | undefined = keepTree ? { doc: full.doc, data: full.data } : undefined;
  const parsed: ParsedFile = {
    uri,
    text,
    lineCounter,
    syntaxErrors,
    textProblems,
    get doc() {
      return load().doc;
    },
    get data() {
      return load().data;
    },
  };
  const drop = (): void => {
    tree = undefined;
  };
  const load = (): Tree => {
    if (!tree) {
      const again = parseFile(uri, text);
      tree = { doc: again.doc, data: again.data };
    }
    trees.touch(parsed, drop);
    return tree;
  };
  if (tree) trees.touch(parsed, drop);
  return parsed;
}
