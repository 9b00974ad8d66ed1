import type { ErrorObject } from 'ajv';
import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { severityOf } from './codes-catalog';
import type { PpbDiagnostic } from './diagnostic';
import type { ParsedFile } from './parse';
import { compileSchema } from './schema-compile';
import { schemaMessage } from './schema-messages';
import { propertyAt, resolveRef, unescapePointer } from './schema-navigator';
import { spanOf } from './yaml-nodes';

export type SchemaValidator = (parsed: ParsedFile) => PpbDiagnostic[];

/** Where an instance path lands in the YAML tree: the node and the pair that holds it. */
interface Landing {
  node: Node | null | undefined;
  pair: Pair<Node, Node | null> | undefined;
  /** The nearest enclosing key name, for messages. */
  key: string;
}

function land(root: Node | null | undefined, instancePath: string): Landing {
  let node = root;
  let pair: Pair<Node, Node | null> | undefined;
  let key = '';
  const segments = instancePath === '' ? [] : instancePath.split('/').slice(1).map(unescapePointer);
  for (const seg of segments) {
    if (isSeq(node)) {
      const item = node.items[Number(seg)] as Node | undefined;
      if (item === undefined) break;
      node = item;
    } else if (isMap(node)) {
      const found = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === seg) as
        Pair<Node, Node | null> | undefined;
      if (!found) break;
      pair = found;
      key = seg;
      node = found.value;
    } else {
      break;
    }
  }
  return { node, pair, key };
}

function typesOfBranches(branches: unknown): string[] {
  if (!Array.isArray(branches)) return ['string'];
  const types = branches
    .map((b) => (resolveRef(b) as { type?: string } | undefined)?.type)
    .filter((t): t is string => typeof t === 'string');
  return types.length > 0 ? [...new Set(types)] : ['string'];
}

/**
 * Keeps the errors an author can act on: `if` failures say nothing the `required` beside
 * them does not; a failed `oneOf` is one type error unless a branch found something sharper.
 */
function sift(errors: readonly ErrorObject[]): ErrorObject[] {
  const typed = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  // An `enum`/`const` beside a `type` error on the same value repeats it (`versi: satu`).
  const kept = errors.filter(
    (e) =>
      e.keyword !== 'if' &&
      !(e.keyword === 'pattern' && e.propertyName !== undefined) &&
      !((e.keyword === 'enum' || e.keyword === 'const') && typed.has(e.instancePath)),
  );
  const oneOfPaths = new Set(kept.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  if (oneOfPaths.size === 0) return kept;
  const sharper = new Set<string>();
  for (const e of kept) {
    for (const p of oneOfPaths) {
      const inside = e.instancePath === p || e.instancePath.startsWith(`${p}/`);
      if (inside && e.keyword !== 'oneOf' && !(e.instancePath === p && e.keyword === 'type')) sharper.add(p);
    }
  }
  return kept.filter((e) => {
    for (const p of oneOfPaths) {
      if (e.keyword === 'oneOf' && e.instancePath === p) return !sharper.has(p);
      if (e.instancePath === p && e.keyword === 'type') return false;
    }
    return true;
  });
}

export function createSchemaValidator(): SchemaValidator {
  const validate = compileSchema();
  return (parsed) => {
    const root = parsed.doc?.contents;
    if (!parsed.doc || root === null || root === undefined || parsed.data === undefined) return [];
    if (validate(parsed.data)) return [];
    const out: PpbDiagnostic[] = [];
    const seen = new Set<string>();
    for (const e of sift(validate.errors ?? [])) {
      const at = land(root, e.instancePath);
      let target: Node | null | undefined = at.node;
      if (e.keyword === 'additionalProperties') {
        const name = (e.params as { additionalProperty: string }).additionalProperty;
        target = land(root, `${e.instancePath}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`).pair?.key ?? at.node;
      } else if (e.keyword === 'propertyNames') {
        const name = (e.params as { propertyName: string }).propertyName;
        target = isMap(at.node)
          ? (at.node.items.find((p) => isScalar(p.key) && String(p.key.value) === name)?.key as Node | undefined)
          : at.node;
      } else if (e.keyword === 'required') {
        // At the parent: its key when it is a value, else its first key (a list item).
        target =
          at.pair && at.pair.value === at.node
            ? at.pair.key
            : isMap(at.node)
              ? ((at.node.items[0]?.key as Node | undefined) ?? at.node)
              : at.node;
      }
      let span = spanOf(parsed.uri, target);
      if (span.end <= span.start && at.pair?.key) span = spanOf(parsed.uri, at.pair.key); // `key:` with no value
      const { code, message } = schemaMessage(e, {
        key: at.key,
        inListItem: !(at.pair && at.pair.value === at.node),
        typesOf: typesOfBranches,
        propertyAt,
      });
      const dedupe = `${span.start}:${span.end}:${code}:${message.en}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      out.push({ ...span, severity: severityOf(code), code, message });
    }
    return out;
  };
}
