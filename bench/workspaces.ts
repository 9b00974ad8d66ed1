import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateSingleFile, generateWorkspace, type WorkspaceShape } from './generate';

/** Generated workspaces on disk, in one temporary folder removed by `dispose`. */
export class BenchFolders {
  readonly root = mkdtempSync(path.join(os.tmpdir(), 'ppb-bench-'));
  private count = 0;

  /** The shape as one file per map; returns the folder. */
  workspace(shape: WorkspaceShape): string {
    const dir = path.join(this.root, `ws-${++this.count}`);
    for (const [name, text] of generateWorkspace(shape)) {
      const file = path.join(dir, name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    return dir;
  }

  /** The shape as one file, `model.ppb.yaml`, alone in its folder; returns the file. */
  singleFile(shape: WorkspaceShape): string {
    const dir = path.join(this.root, `one-${++this.count}`);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'model.ppb.yaml');
    writeFileSync(file, generateSingleFile(shape));
    return file;
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
