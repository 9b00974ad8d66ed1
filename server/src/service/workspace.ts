import { severityOf } from './codes-catalog';
import type { PpbDiagnostic } from './diagnostic';
import { DiagramCatalog } from './diagram';
import { duplicateKeys } from './duplicate-keys';
import { extractFragment } from './extract';
import type { FileFragment } from './model';
import { buildIndex, type ModelIndex } from './model-index';
import { parseFile, type ParsedFile } from './parse';
import type { RuleContext } from './rule';
import { RULES } from './rules';
import { createSchemaValidator, type SchemaValidator } from './schema-check';

/** What is known of one file at its current text. */
interface FileState {
  readonly parsed: ParsedFile;
  /** Syntax, duplicate-key and schema diagnostics: they depend on this file alone. */
  readonly local: readonly PpbDiagnostic[];
  /** The fragment from this text, or from the last text that parsed, while this one does not. */
  readonly fragment: FileFragment;
  /** The fragment from this text, even when it does not parse: spans that match what the user sees. */
  readonly current: FileFragment;
  readonly broken: boolean;
}

interface Checked {
  readonly index: ModelIndex;
  readonly diagrams: DiagramCatalog;
  readonly diagnostics: ReadonlyMap<string, readonly PpbDiagnostic[]>;
}

/**
 * The model of one workspace folder: every PPB file's text in, diagnostics for all of them
 * out. Pure: the caller reads files and watches them; this keeps one parse per text.
 *
 * A change re-parses and re-validates only the changed file; the semantic rules then run over
 * the whole model, which is linear in its size, so every file that depends on the change is
 * re-checked (a unit removed here is flagged where other files use it).
 */
export class PpbWorkspace {
  private readonly files = new Map<string, FileState>();
  private checked: Checked | undefined;
  private changes = 0;

  constructor(private readonly validateSchema: SchemaValidator = createSchemaValidator()) {}

  /** Sets a file's text; returns false when the text is unchanged (nothing to re-check). */
  setFile(uri: string, text: string): boolean {
    const old = this.files.get(uri);
    if (old && old.parsed.text === text) return false;
    const parsed = parseFile(uri, text);
    const broken = parsed.syntaxErrors.length > 0;
    const fresh = extractFragment(parsed);
    const local = [...parsed.textProblems, ...(broken ? parsed.syntaxErrors : [...duplicateKeys(parsed), ...this.validateSchema(parsed)])];
    // A syntax error keeps the last good model of this file for the rest of the workspace.
    const fragment = broken && old ? old.fragment : fresh;
    this.files.set(uri, { parsed, local, fragment, current: fresh, broken });
    this.checked = undefined;
    this.changes++;
    return true;
  }

  removeFile(uri: string): boolean {
    const had = this.files.delete(uri);
    if (had) {
      this.checked = undefined;
      this.changes++;
    }
    return had;
  }

  hasFile(uri: string): boolean {
    return this.files.has(uri);
  }

  uris(): string[] {
    return [...this.files.keys()];
  }

  parsed(uri: string): ParsedFile | undefined {
    return this.files.get(uri)?.parsed;
  }

  /** What the file's current text holds, with spans into that text (`index()` keeps a broken file's last good model). */
  currentFragment(uri: string): FileFragment | undefined {
    return this.files.get(uri)?.current;
  }

  index(): ModelIndex {
    return this.check().index;
  }

  /** The diagrams of the current model, built on demand and kept until the next change. */
  diagrams(): DiagramCatalog {
    return this.check().diagrams;
  }

  /** Grows with every change of the model: a client drops answers older than what it has. */
  get version(): number {
    return this.changes;
  }

  /** Diagnostics of every file (an empty list for a clean file). */
  diagnostics(): ReadonlyMap<string, readonly PpbDiagnostic[]> {
    return this.check().diagnostics;
  }

  private check(): Checked {
    if (this.checked) return this.checked;
    const index = buildIndex([...this.files.values()].map((f) => f.fragment));
    const out = new Map<string, PpbDiagnostic[]>();
    for (const [uri, f] of this.files) out.set(uri, [...f.local]);
    const report: RuleContext['report'] = (code, span, message, related) => {
      const file = this.files.get(span.uri);
      // A broken file shows its syntax errors only: ranges from its last good text are stale.
      if (!file || file.broken) return;
      const d: PpbDiagnostic = { uri: span.uri, start: span.start, end: span.end, severity: severityOf(code), code, message };
      out.get(span.uri)?.push(related && related.length > 0 ? { ...d, related } : d);
    };
    for (const rule of RULES) rule.check({ model: index, report });
    for (const list of out.values()) list.sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code));
    this.checked = { index, diagnostics: out, diagrams: new DiagramCatalog(index) };
    return this.checked;
  }
}
