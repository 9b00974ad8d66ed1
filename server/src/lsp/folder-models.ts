import { PpbWorkspace, createSchemaValidator } from '../service';

/**
 * One model per workspace folder (FORMAT.md: all PPB files under a folder are one instansi).
 * A file outside every folder is a model of its own.
 */
export class FolderModels {
  private readonly validator = createSchemaValidator();
  private readonly folders = new Map<string, PpbWorkspace>();
  private readonly loose = new Map<string, PpbWorkspace>();

  addFolder(folderUri: string): PpbWorkspace {
    const key = folderUri.replace(/\/+$/, '');
    let ws = this.folders.get(key);
    if (!ws) {
      ws = new PpbWorkspace(this.validator);
      this.folders.set(key, ws);
    }
    return ws;
  }

  /** Forgets a folder; returns the files it held (their diagnostics must be cleared). */
  removeFolder(folderUri: string): string[] {
    const key = folderUri.replace(/\/+$/, '');
    const ws = this.folders.get(key);
    this.folders.delete(key);
    return ws?.uris() ?? [];
  }

  private folderOf(uri: string): string | undefined {
    let best: string | undefined;
    for (const key of this.folders.keys()) {
      if (uri.startsWith(`${key}/`) && (best === undefined || key.length > best.length)) best = key;
    }
    return best;
  }

  isInFolder(uri: string): boolean {
    return this.folderOf(uri) !== undefined;
  }

  /** The model a file belongs to: the deepest folder holding it, else its own. */
  modelFor(uri: string): PpbWorkspace {
    const best = this.folderOf(uri);
    if (best !== undefined) {
      this.loose.delete(uri);
      return this.folders.get(best) ?? this.addFolder(best);
    }
    let ws = this.loose.get(uri);
    if (!ws) {
      ws = new PpbWorkspace(this.validator);
      this.loose.set(uri, ws);
    }
    return ws;
  }

  /** Drops a file outside every folder once it is closed and gone. */
  forgetLoose(uri: string): void {
    this.loose.delete(uri);
  }

  /** The scope `ppb/modelChanged` names a model by: its folder, or its one file. */
  scopeOf(ws: PpbWorkspace): string | undefined {
    for (const [key, model] of this.folders) if (model === ws) return key;
    for (const [uri, model] of this.loose) if (model === ws) return uri;
    return undefined;
  }

  all(): PpbWorkspace[] {
    return [...this.folders.values(), ...this.loose.values()];
  }
}
