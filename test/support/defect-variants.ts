import { parseCode } from '../../server/src/service/code-grammar';
import { lineEndOf, lineStartOf } from '../../server/src/service/lines';
import type { ProcessDecl } from '../../server/src/service/model';
import { CODE_USES } from '../../server/src/service/reference-roles';
import type { PpbWorkspace } from '../../server/src/service';

/** A model as a folder holds it: file URI → text. */
export type ModelTexts = ReadonlyMap<string, string>;

interface Change {
  readonly uri: string;
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

function changed(ws: PpbWorkspace, changes: readonly Change[]): ModelTexts {
  const out = new Map<string, string>();
  for (const uri of ws.uris().sort()) {
    let text = ws.parsed(uri)?.text ?? '';
    for (const c of changes.filter((x) => x.uri === uri).sort((a, b) => b.start - a.start))
      text = text.slice(0, c.start) + c.newText + text.slice(c.end);
    out.set(uri, text);
  }
  return out;
}

/** A code with its numbers unpadded: `KECKLB.06.03.CFM.02` is also written `KECKLB.6.3.CFM.2`. */
export function unpadded(code: string): string {
  const parsed = parseCode(code);
  return parsed.segments
    .map((s, i) => `${i === 0 ? '' : (parsed.separators[i - 1] ?? '.')}${/^[0-9]+$/.test(s) ? String(Number(s)) : s}`)
    .join('');
}

/** Every `peta`, `lanjut` and `proses` of the model written with its numbers unpadded; declarations as they are. */
export function referencesUnpadded(ws: PpbWorkspace): ModelTexts {
  const changes = ws
    .uris()
    .flatMap((uri) =>
      (ws.currentFragment(uri)?.references.of(CODE_USES) ?? []).map(({ ref }) => ({ ...ref.span, newText: unpadded(ref.value) })),
    );
  return changed(ws, changes);
}

/** The Level 0 process with the most written below it: the richest family to copy or misname. */
function richestFamily(ws: PpbWorkspace): ProcessDecl | undefined {
  const size = (p: ProcessDecl): number => 1 + p.children.reduce((n, c) => n + size(c), 0);
  return ws
    .index()
    .processes.filter((p) => p.level === 0)
    .sort((a, b) => size(b) - size(a))[0];
}

/**
 * The richest Level 0 process copied, sub-processes and all, as the next item of its list: the
 * author's "copy and forget to renumber" (PPB203 on every code of the copy and of the original).
 * Undefined when the item is not a block list item on its dash's line.
 */
export function familyCopied(ws: PpbWorkspace): ModelTexts | undefined {
  const family = richestFamily(ws);
  const text = family && ws.parsed(family.extent.uri)?.text;
  if (!family || text === undefined) return undefined;
  const from = lineStartOf(text, family.extent.start);
  if (!/^ *- +$/.test(text.slice(from, family.extent.start))) return undefined;
  let end = family.extent.end;
  while (end > from && /\s/.test(text.charAt(end - 1))) end--;
  const to = lineEndOf(text, end);
  const eol = text.startsWith('\r\n', to) ? '\r\n' : '\n';
  return changed(ws, [{ uri: family.extent.uri, start: to, end: to, newText: `${eol}${text.slice(from, to)}` }]);
}

/**
 * The richest Level 0 family written with another agency's prefix (`KECKLB` → `KECKLBX`), in every
 * declaration and every place that names a code of it; those places with their numbers unpadded.
 */
export function familyMisprefixed(ws: PpbWorkspace): ModelTexts | undefined {
  const family = richestFamily(ws);
  const prefix = ws.index().prefix;
  if (!family || prefix === undefined) return undefined;
  const top = family.kode.key;
  const changes = ws.uris().flatMap((uri) =>
    (ws.currentFragment(uri)?.references.all ?? []).flatMap(({ kind, key, declares, ref }) => {
      if (kind !== 'code' || (key !== top && !key.startsWith(`${top}.`)) || !ref.value.startsWith(prefix)) return [];
      const wrong = `${prefix}X${ref.value.slice(prefix.length)}`;
      return [{ ...ref.span, newText: declares ? wrong : unpadded(wrong) }];
    }),
  );
  return changes.length > 0 ? changed(ws, changes) : undefined;
}
