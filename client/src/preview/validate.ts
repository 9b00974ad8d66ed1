import * as path from 'node:path';
import type { Location, Position } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { isPreviewFormat, type PreviewFormat } from '../../../server/src/protocol/export-format';
import type { PreviewState, SopPageRef, WebviewMessage } from '../../../server/src/protocol/webview';
import { isPpbFileName } from '../../../server/src/protocol/ppb-files';

/**
 * The webview is untrusted: every message it posts is checked here, shape and values, before
 * the host acts on it. Pure (no `vscode`), so it is tested without an editor.
 */

type Fields = Record<string, unknown>;

const MAX_ID = 512;
const MAX_TEXT = 10_000;
/** An export is at most this many characters (a PNG of 32,767² pixels is far less). */
const MAX_EXPORT = 512 * 1024 * 1024;

const isObject = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_ID;
const isScale = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= 8;

function position(v: unknown): Position | undefined {
  if (!isObject(v) || !isCount(v.line) || !isCount(v.character)) return undefined;
  return { line: v.line, character: v.character };
}

/** `uri` names a PPB file (`*.ppb.yaml`, `*.ppb.yml`) inside one of `folders` (URIs). */
export function isPpbFileInside(uri: string, folders: readonly string[]): boolean {
  let u: URI;
  try {
    u = URI.parse(uri, true);
  } catch {
    return false;
  }
  if (!isPpbFileName(u.path)) return false;
  const file = path.posix.normalize(u.path);
  if (file !== u.path) return false; // `..`, `.` or doubled slashes: not a path the server sent
  return folders.some((f) => {
    const folder = URI.parse(f);
    const root = path.posix.normalize(folder.path).replace(/\/+$/, '');
    return folder.scheme === u.scheme && folder.authority === u.authority && file.startsWith(`${root}/`);
  });
}

/** An SOP AP page: a code, a page number from 1. */
function sopPage(v: unknown): SopPageRef | undefined {
  if (!isObject(v) || !isId(v.kode) || !isCount(v.page) || v.page < 1) return undefined;
  return { kode: v.kode, page: v.page };
}

function location(v: unknown, folders: readonly string[]): Location | undefined {
  if (!isObject(v) || typeof v.uri !== 'string' || !isObject(v.range)) return undefined;
  const start = position(v.range.start);
  const end = position(v.range.end);
  if (!start || !end || !isPpbFileInside(v.uri, folders)) return undefined;
  return { uri: v.uri, range: { start, end } };
}

/**
 * A message from the webview, rebuilt from its checked fields only; `undefined` when anything
 * is wrong with it (unknown type, wrong field, a location outside the workspace's PPB files).
 */
export function parseWebviewMessage(raw: unknown, workspaceFolders: readonly string[]): WebviewMessage | undefined {
  if (!isObject(raw) || typeof raw.type !== 'string') return undefined;
  switch (raw.type) {
    case 'ready':
      return { type: 'ready' };
    case 'reveal': {
      const loc = location(raw.location, workspaceFolders);
      return loc ? { type: 'reveal', location: loc } : undefined;
    }
    case 'open':
      return isId(raw.diagramId) ? { type: 'open', diagramId: raw.diagramId } : undefined;
    case 'sopRequest':
      return isId(raw.diagramId) ? { type: 'sopRequest', diagramId: raw.diagramId } : undefined;
    case 'sopShown': {
      if (raw.sop === null) return { type: 'sopShown', sop: null };
      const sop = sopPage(raw.sop);
      return sop ? { type: 'sopShown', sop } : undefined;
    }
    case 'exportRequest':
      return isPreviewFormat(raw.format) ? { type: 'exportRequest', format: raw.format } : undefined;
    case 'exportResult':
      return isCount(raw.requestId) &&
        isPreviewFormat(raw.format) &&
        typeof raw.data === 'string' &&
        raw.data.length > 0 &&
        raw.data.length <= MAX_EXPORT &&
        isScale(raw.scale)
        ? { type: 'exportResult', requestId: raw.requestId, format: raw.format, data: raw.data, scale: raw.scale }
        : undefined;
    case 'rendered':
      return isId(raw.diagramId) &&
        isCount(raw.version) &&
        typeof raw.drawn === 'boolean' &&
        typeof raw.ms === 'number' &&
        Number.isFinite(raw.ms)
        ? { type: 'rendered', diagramId: raw.diagramId, version: raw.version, drawn: raw.drawn, ms: raw.ms }
        : undefined;
    case 'error':
      if (typeof raw.message !== 'string' || (raw.requestId !== undefined && !isCount(raw.requestId))) return undefined;
      return {
        type: 'error',
        message: raw.message.slice(0, MAX_TEXT),
        ...(raw.requestId !== undefined ? { requestId: raw.requestId } : {}),
      };
    default:
      return undefined;
  }
}

/** The state a reloaded window hands back to the serializer: only what is well formed. */
export function parsePreviewState(raw: unknown, workspaceFolders: readonly string[]): PreviewState {
  if (!isObject(raw)) return {};
  return {
    ...(typeof raw.uri === 'string' && isPpbFileInside(raw.uri, workspaceFolders) ? { uri: raw.uri } : {}),
    ...(isId(raw.diagramId) ? { diagramId: raw.diagramId } : {}),
  };
}

/** Checks the bytes of an export before they are written: a PNG signature, an SVG or draw.io document. */
export function exportBytes(format: PreviewFormat, data: string): Buffer | undefined {
  if (format === 'svg' || format === 'drawio') {
    const root = format === 'svg' ? 'svg' : 'mxfile';
    return new RegExp(`^(<\\?xml[^>]*>\\s*)?<${root}[\\s>]`).test(data) ? Buffer.from(data, 'utf8') : undefined;
  }
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(data)) return undefined;
  const bytes = Buffer.from(data, 'base64');
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes.subarray(0, 8).equals(signature) ? bytes : undefined;
}
