import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Location } from 'vscode-languageserver-protocol';
import type { Diagram, DiagramSummary } from '../../server/src/protocol/diagram';
import type { SopSheets } from '../../server/src/protocol/sop-sheet';
import { PpbWorkspace, positionAt, type Span } from '../../server/src/service';
import { REPO } from '../support/temp-model';

/** A model's diagrams as the language server sends them: sources as LSP locations. */
export interface Served {
  readonly uri: string;
  readonly summaries: DiagramSummary<Location>[];
  readonly diagrams: Diagram<Location>[];
  /** The SOP AP documents of the map `id`, as `ppb/sops` answers (laid out on first ask). */
  sops(id: string): readonly SopSheets[];
}

function locate(ws: PpbWorkspace, span: Span): Location {
  const parsed = ws.parsed(span.uri);
  if (!parsed) throw new Error(`no file ${span.uri}`);
  return { uri: span.uri, range: { start: positionAt(parsed, span.start), end: positionAt(parsed, span.end) } };
}

export function served(ws: PpbWorkspace, uri: string): Served {
  const catalog = ws.diagrams();
  const at = <T extends { source?: Span }>(x: T): Omit<T, 'source'> & { source?: Location } => {
    const { source, ...rest } = x;
    return { ...rest, ...(source ? { source: locate(ws, source) } : {}) };
  };
  const summaries = catalog.list().map(at);
  const diagrams = catalog.list().map((s) => {
    const d = catalog.get(s.id);
    if (!d) throw new Error(`no diagram ${s.id}`);
    return { ...at(d), nodes: d.nodes.map(at) };
  });
  let sops: readonly SopSheets[] | undefined;
  return {
    uri,
    summaries,
    diagrams,
    sops: (id) => {
      const map = catalog.get(id);
      sops ??= ws.sops().map((s) => s.sheets);
      return map?.kind === 'cfm' ? sops.filter((s) => s.map === map.code) : [];
    },
  };
}

/** A model given as file name → text, under `file:///ws/`. */
export function servedFiles(files: Record<string, string>): Served {
  const ws = new PpbWorkspace();
  for (const [name, text] of Object.entries(files)) ws.setFile(`file:///ws/${name}`, text);
  return served(ws, `file:///ws/${Object.keys(files)[0] ?? ''}`);
}

/** The Kecamatan Klambu sample, as the server serves it. */
export function klambu(): Served {
  return sample('klambu');
}

/** The PPB files of a folder of `samples/`, as the server serves them. */
export function sample(folder: string): Served {
  const dir = path.join(REPO, 'samples', folder);
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((n) => /\.ppb\.ya?ml$/.test(n))
    .sort()) {
    files[name] = readFileSync(path.join(dir, name), 'utf8');
  }
  return servedFiles(files);
}
