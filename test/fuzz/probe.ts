import type { Diagnostic, Position } from 'vscode-languageserver-protocol';
import type { LspTestClient } from '../support/lsp-client';
import type { Rng } from './mutate';

/** The longest any answer may take (issue 6). */
export const ANSWER_WITHIN_MS = 5000;

export interface ProbeStats {
  requests: number;
  slowestMs: number;
  slowest: string;
}

export const newStats = (): ProbeStats => ({ requests: 0, slowestMs: 0, slowest: '' });

/** A position in `text` (UTF-16, as LSP counts), now and then past its end as a careless client sends. */
function positionIn(rng: Rng, text: string): Position {
  const lines = text.split('\n');
  if (rng.int(10) === 0) return { line: lines.length + rng.int(5), character: rng.int(200) };
  const line = rng.int(lines.length);
  return { line, character: rng.int((lines[line]?.length ?? 0) + 2) };
}

/** Sends one request and returns a problem if it failed or took too long. */
async function ask(
  client: LspTestClient,
  stats: ProbeStats,
  method: string,
  params: unknown,
): Promise<{ problem?: string; result?: unknown }> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const result = await Promise.race([
      client.connection.sendRequest(method, params),
      new Promise(
        (_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ANSWER_WITHIN_MS} ms`)), ANSWER_WITHIN_MS)),
      ),
    ]);
    return { result };
  } catch (err) {
    return { problem: `${method}: ${err instanceof Error ? err.message : String(err)}` };
  } finally {
    clearTimeout(timer);
    const ms = Date.now() - started;
    stats.requests++;
    if (ms > stats.slowestMs) Object.assign(stats, { slowestMs: ms, slowest: method });
  }
}

/**
 * Every request an editor and the preview send about a document: hover, completion (when the
 * server offers it), symbols, navigation, code lenses and the diagram requests. Returns the
 * problems (errors, slow answers); positions come from `rng` only, so a seed replays exactly.
 */
export async function probeDocument(client: LspTestClient, uri: string, text: string, rng: Rng, stats: ProbeStats): Promise<string[]> {
  const doc = { textDocument: { uri } };
  const caps = client.initializeResult?.capabilities;
  const calls: [string, unknown][] = [
    ['textDocument/hover', { ...doc, position: positionIn(rng, text) }],
    ['textDocument/hover', { ...doc, position: positionIn(rng, text) }],
    ['textDocument/definition', { ...doc, position: positionIn(rng, text) }],
    ['textDocument/references', { ...doc, position: positionIn(rng, text), context: { includeDeclaration: true } }],
    ['textDocument/documentSymbol', doc],
    ['textDocument/codeLens', doc],
    ['ppb/diagrams', { uri }],
    ['ppb/focus', { uri, position: positionIn(rng, text) }],
  ];
  const completionAt = positionIn(rng, text);
  if (caps?.completionProvider) calls.push(['textDocument/completion', { ...doc, position: completionAt }]);
  const answers = await Promise.all(calls.map(([method, params]) => ask(client, stats, method, params)));
  const problems = answers.flatMap((a) => (a.problem ? [a.problem] : []));
  const list = (answers[6]?.result as { diagrams?: { id: string }[] } | undefined)?.diagrams ?? [];
  // One diagram, picked by position in the list so the choice does not depend on timing.
  const id = list[rng.int(Math.max(1, list.length))]?.id;
  if (id !== undefined) {
    const [one, sops] = await Promise.all([ask(client, stats, 'ppb/diagram', { uri, id }), ask(client, stats, 'ppb/sops', { uri, id })]);
    for (const a of [one, sops]) if (a.problem) problems.push(a.problem);
  }
  return problems;
}

/** Diagnostics whose range does not lie inside `text`. */
export function outside(text: string, diagnostics: readonly Diagnostic[]): string[] {
  const lines = text.split(/\r?\n|\r/);
  const inside = (p: Position): boolean =>
    p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= (lines[p.line]?.length ?? 0);
  return diagnostics
    .filter(
      (d) =>
        !inside(d.range.start) ||
        !inside(d.range.end) ||
        d.range.start.line > d.range.end.line ||
        (d.range.start.line === d.range.end.line && d.range.start.character > d.range.end.character),
    )
    .map((d) => `${String(d.code)} at ${JSON.stringify(d.range)} is outside the document (${lines.length} lines)`);
}
