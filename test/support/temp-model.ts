import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** A throwaway workspace folder on disk; `dispose` removes it. */
export class TempModel {
  readonly dir = mkdtempSync(path.join(os.tmpdir(), 'ppb-test-'));

  static fromFolder(source: string): TempModel {
    const m = new TempModel();
    cpSync(source, m.dir, { recursive: true });
    return m;
  }

  write(name: string, text: string): string {
    const file = path.join(this.dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return this.uri(name);
  }

  remove(name: string): string {
    rmSync(path.join(this.dir, name));
    return this.uri(name);
  }

  uri(name: string): string {
    return pathToFileURL(path.join(this.dir, name)).href;
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export const REPO = path.resolve(__dirname, '../../..');
