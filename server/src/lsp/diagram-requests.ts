import type { Connection, Location } from 'vscode-languageserver';
import type { Diagram, DiagramSummary } from '../protocol/diagram';
import { DiagramRequest, DiagramsRequest, FocusRequest, SopsRequest, type DiagramsResult } from '../protocol/requests';
import { pick, type Lang, type PpbWorkspace, type Span } from '../service';
import type { FolderModels } from './folder-models';
import { locationOf as locate, offsetAt } from './spans';

function summaryAt(ws: PpbWorkspace, d: DiagramSummary<Span>): DiagramSummary<Location> {
  const { source, ...rest } = d;
  return { ...rest, ...(source ? { source: locate(ws, source) } : {}) };
}

function diagramAt(ws: PpbWorkspace, d: Diagram<Span>): Diagram<Location> {
  return {
    ...summaryAt(ws, d),
    groups: d.groups,
    edges: d.edges,
    nodes: d.nodes.map(({ source, ...n }) => ({ ...n, ...(source ? { source: locate(ws, source) } : {}) })),
  };
}

/** The first YAML syntax error of the model, for the preview's banner. */
function syntaxErrorOf(ws: PpbWorkspace, lang: Lang): DiagramsResult['syntaxError'] {
  for (const [uri, list] of ws.diagnostics()) {
    const d = list.find((x) => x.code === 'PPB001' || x.code === 'PPB002');
    if (d) return { location: locate(ws, { uri, start: d.start, end: d.end }), message: pick(d.message, lang) };
  }
  return undefined;
}

/** Whether the model has an error: its SOPs are then drafts, as `ppb sop --draf` writes them. */
function hasErrors(ws: PpbWorkspace): boolean {
  return [...ws.diagnostics().values()].some((list) => list.some((d) => d.severity === 'error'));
}

/** The custom requests the preview uses: the list of diagrams, one diagram, the cursor's focus, a map's SOPs. */
export function registerDiagramRequests(connection: Connection, models: FolderModels, lang: () => Lang): void {
  connection.onRequest(DiagramsRequest, ({ uri }) => {
    const ws = models.modelFor(uri);
    const syntaxError = syntaxErrorOf(ws, lang());
    return {
      version: ws.version,
      diagrams: ws
        .diagrams()
        .list()
        .map((d) => summaryAt(ws, d)),
      ...(syntaxError ? { syntaxError } : {}),
    };
  });
  connection.onRequest(DiagramRequest, ({ uri, id }) => {
    const ws = models.modelFor(uri);
    const d = ws.diagrams().get(id);
    const syntaxError = syntaxErrorOf(ws, lang());
    return { version: ws.version, diagram: d ? diagramAt(ws, d) : null, ...(syntaxError ? { syntaxError } : {}) };
  });
  connection.onRequest(FocusRequest, ({ uri, position }) => {
    const ws = models.modelFor(uri);
    const offset = offsetAt(ws, uri, position);
    if (offset === undefined) return null;
    return ws.diagrams().focusAt(uri, offset) ?? null;
  });
  connection.onRequest(SopsRequest, ({ uri, id }) => {
    const ws = models.modelFor(uri);
    const map = ws.diagrams().get(id);
    const sops = map?.kind === 'cfm' ? ws.sops(hasErrors(ws), map.code) : [];
    return { version: ws.version, sops: sops.map((s) => s.sheets) };
  });
}
