import type { Document } from 'yaml';
import { severityOf } from './codes-catalog';
import type { PpbDiagnostic } from './diagnostic';
import { DiagramCatalog } from './diagram';
import { documentOf, type DocumentResult } from './document';
import { duplicateKeys } from './duplicate-keys';
import { extractFragment } from './extract';
import { procedureFlow, type ProcedureFlow } from './flow';
import { declarationsOf, tableFactsOf } from './fragment-facts';
import type { FileFragment, Procedure } from './model';
import { buildIndex, type ModelIndex } from './model-index';
import type { ParseBase } from './item-reparse';
import { parseFile, type ParsedFile } from './parse';
import type { Declarations, Rule, RuleContext } from './rule';
import { RULES } from './rules';
import { sopDocumentsOf, type SopDocument } from './sop/sop-documents';
import { sopSheets } from './sop/sop-sheets';
import { uniqueExportNames } from './diagram/export-name';
import type { SopSheets } from '../protocol/sop-sheet';
import { createSchemaValidator, type SchemaValidator } from './schema-check';
import { RecentTrees, treeOnDemand } from './tree-on-demand';

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

/** What the file rules found in one fragment, while the model's tables were at version `tables`. */
interface FileFindings {
  readonly tables: number;
  readonly found: readonly PpbDiagnostic[];
}

/** A fragment's declarations and table facts, worked out once per fragment. */
interface FragmentFacts {
  readonly own: Declarations;
  readonly facts: string;
  findings?: FileFindings;
}

interface Checked {
  readonly index: ModelIndex;
  diagrams?: DiagramCatalog;
  readonly diagnostics: ReadonlyMap<string, readonly PpbDiagnostic[]>;
}

const FILE_RULES = RULES.filter((r) => r.scope === 'file');
const MODEL_RULES = RULES.filter((r) => r.scope === 'model');

/**
 * The model of one workspace folder: every PPB file's text in, diagnostics for all of them
 * out. Pure: the caller reads files and watches them; this keeps one parse per text.
 *
 * A change re-parses and re-validates only the changed file. The file rules then re-check that
 * file, and every file only when the model's lookup tables changed (a unit removed here is
 * flagged where other files use it); the model rules run over the whole model. The result is
 * the same as checking every file anew, in time that grows with the change.
 */
export class PpbWorkspace {
  private readonly files = new Map<string, FileState>();
  private readonly facts = new WeakMap<FileFragment, FragmentFacts>();
  /** Each map's flow: map declarations live as long as their file's text, so an unchanged map is not walked again. */
  private readonly flows = new WeakMap<Procedure, ProcedureFlow>();
  /** Trees known to tie nothing together (no anchors, aliases), for the next one-item reparse. */
  private readonly untied = new WeakSet<Document>();
  private readonly trees = new RecentTrees();
  private checked: Checked | undefined;
  /** The files in model order (by uri), until one is added or removed. */
  private order: string[] | undefined;
  private changes = 0;
  /** The facts every file gave the tables at the last check, in model order, and their version. */
  private tableFacts: readonly string[] = [];
  private tables = 0;
  /** The tree of the file edited last, for its next edit (item-reparse.ts). */
  private base: (ParseBase & { readonly uri: string }) | undefined;
  /** What the flow rules read of a procedure: worked out once per declaration. */
  private readonly flowOf = (procedure: Procedure): ProcedureFlow => {
    let flow = this.flows.get(procedure);
    if (!flow) {
      flow = procedureFlow(procedure);
      this.flows.set(procedure, flow);
    }
    return flow;
  };

  constructor(private readonly validateSchema: SchemaValidator = createSchemaValidator()) {}

  /** Sets a file's text; returns false when the text is unchanged (nothing to re-check). */
  setFile(uri: string, text: string): boolean {
    const old = this.files.get(uri);
    if (old && old.parsed.text === text) return false;
    // The last edited file's tree is taken over by its next parse, which may change it.
    const base = this.base?.uri === uri && old?.parsed.text === this.base.text ? this.base : undefined;
    this.base = undefined;
    const full = parseFile(uri, text, base);
    const broken = full.syntaxErrors.length > 0;
    const fresh = extractFragment(full);
    const local = [...full.textProblems, ...(broken ? full.syntaxErrors : [...duplicateKeys(full), ...this.validateSchema(full)])];
    // A syntax error keeps the last good model of this file for the rest of the workspace.
    const fragment = broken && old ? old.fragment : fresh;
    if (old) this.trees.forget(old.parsed);
    else this.order = undefined;
    if (!broken && full.doc) this.base = { uri, text, doc: full.doc, untied: this.untied };
    // Its tree stays the next parse's own: `parsed(uri).doc` parses the text again when asked.
    const parsed = full.doc ? treeOnDemand(full, this.trees, this.base === undefined) : full;
    this.files.set(uri, { parsed, local, fragment, current: fresh, broken });
    this.checked = undefined;
    this.changes++;
    return true;
  }

  removeFile(uri: string): boolean {
    const old = this.files.get(uri);
    if (!old) return false;
    this.files.delete(uri);
    if (this.base?.uri === uri) this.base = undefined;
    this.order = undefined;
    this.trees.forget(old.parsed);
    this.checked = undefined;
    this.changes++;
    return true;
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
    const checked = this.check();
    checked.diagrams ??= new DiagramCatalog(checked.index);
    return checked.diagrams;
  }

  /**
   * The Peta Proses Bisnis document of the model (`ppb dokumen`): `texts` are the agency's own
   * sections by name (`latar-belakang`), in Markdown; `draft` marks every page DRAF.
   */
  document(texts: ReadonlyMap<string, string>, draft: boolean): DocumentResult {
    return documentOf(this.index(), this.fileData(), this.diagrams().list(), texts, draft);
  }

  /**
   * The SOP AP documents of the model (`ppb sop`): one per SOP declared under a map, and a
   * draft (`<map code>.SOP`) for every map that declares none.
   */
  sopDocuments(): SopDocument[] {
    return sopDocumentsOf(this.index(), this.fileData(), this.flowOf);
  }

  /**
   * The SOP AP documents laid out on their pages, each with the data it was laid out from;
   * `draft` marks every one DRAF (a model with errors); `map` keeps those of the map with that
   * code (only they are laid out; their file names stay those of the whole model's).
   */
  sops(draft = false, map?: string): { readonly document: SopDocument; readonly sheets: SopSheets }[] {
    const documents = this.sopDocuments().map((d) => (draft && !d.identity.draft ? { ...d, identity: { ...d.identity, draft } } : d));
    const names = uniqueExportNames(documents.map((d) => d.identity.kode));
    return documents.flatMap((document, i) =>
      map === undefined || document.map === map ? [{ document, sheets: sopSheets(document, names[i] ?? '') }] : [],
    );
  }

  /** Every file's plain data, in model order: the documents read `instansi` as written. */
  private fileData(): { uri: string; data: unknown }[] {
    return [...this.files.keys()].sort().map((uri) => ({ uri, data: this.files.get(uri)?.parsed.data }));
  }

  /** Grows with every change of the model: a client drops answers older than what it has. */
  get version(): number {
    return this.changes;
  }

  /** Diagnostics of every file (an empty list for a clean file). */
  diagnostics(): ReadonlyMap<string, readonly PpbDiagnostic[]> {
    return this.check().diagnostics;
  }

  private factsOf(fragment: FileFragment): FragmentFacts {
    let f = this.facts.get(fragment);
    if (!f) {
      f = { own: declarationsOf(fragment), facts: tableFactsOf(fragment) };
      this.facts.set(fragment, f);
    }
    return f;
  }

  /** Runs rules over `own`, collecting what they report, in report order. */
  private run(rules: readonly Rule[], model: ModelIndex, own: Declarations): PpbDiagnostic[] {
    const found: PpbDiagnostic[] = [];
    const report: RuleContext['report'] = (code, span, message, related) => {
      const d: PpbDiagnostic = { uri: span.uri, start: span.start, end: span.end, severity: severityOf(code), code, message };
      found.push(related && related.length > 0 ? { ...d, related } : d);
    };
    for (const rule of rules) rule.check({ model, own, report, flowOf: this.flowOf });
    return found;
  }

  private check(): Checked {
    if (this.checked) return this.checked;
    this.order ??= [...this.files.keys()].sort();
    const fragments = this.order.flatMap((uri) => this.files.get(uri)?.fragment ?? []);
    const index = buildIndex(fragments, true);
    const facts = fragments.map((f) => this.factsOf(f));
    // The same facts from the same files, in model order, give the same tables.
    const tableFacts = facts.map((f) => f.facts);
    if (tableFacts.length !== this.tableFacts.length || tableFacts.some((f, i) => f !== this.tableFacts[i])) this.tables++;
    this.tableFacts = tableFacts;
    const out = new Map<string, PpbDiagnostic[]>();
    for (const [uri, f] of this.files) out.set(uri, [...f.local]);
    const add = (d: PpbDiagnostic): void => {
      const file = this.files.get(d.uri);
      // A broken file shows its syntax errors only: ranges from its last good text are stale.
      if (!file || file.broken) return;
      out.get(d.uri)?.push(d);
    };
    for (const f of facts) {
      if (f.findings?.tables !== this.tables) f.findings = { tables: this.tables, found: this.run(FILE_RULES, index, f.own) };
      f.findings.found.forEach(add);
    }
    this.run(MODEL_RULES, index, index).forEach(add);
    // Ties (same place, same code) come from one rule and keep its order: as when all ran at once.
    for (const list of out.values()) list.sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code));
    this.checked = { index, diagnostics: out };
    return this.checked;
  }
}
