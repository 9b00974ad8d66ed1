import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { readPng } from '../support/png';
import { within } from '../support/within';
import { WAIT_MS, openSample, positionOf, replaceText, waitFor } from './helpers';

const FILE = 'peta-lintas-fungsi/kecklb-06.ppb.yaml';
const MAP = 'KECKLB.06.01.CFM.01';

function previewTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('ppb.preview'));
}

describe('preview', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'ppb-vscode-export-'));
  after(() => rmSync(out, { recursive: true, force: true }));

  /** `ppb.export.image` with a target: the map as the webview drew it, written to `file`. */
  async function exportShown(name: string): Promise<Buffer> {
    const file = path.join(out, name);
    rmSync(file, { force: true });
    await within(WAIT_MS, `ppb.export.image to write ${name}`, vscode.commands.executeCommand('ppb.export.image', vscode.Uri.file(file)));
    return existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
  }

  it('opens beside the editor on the map around the cursor', async () => {
    const editor = await openSample(FILE);
    const at = positionOf(editor.document, 'Memutakhirkan data');
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('ppb.preview.openToSide');
    const tab = await waitFor(`the preview tab titled PPB: ${MAP}`, () => {
      const t = previewTab();
      return t?.label === `PPB: ${MAP}` && t;
    });
    assert.ok(tab.group.viewColumn !== editor.viewColumn, 'the preview stands beside the editor');
  });

  it('exports the map it shows as SVG, and follows an edit', async () => {
    const svg = await waitFor('an SVG export with the first step', async () => {
      const text = (await exportShown('map.svg')).toString('utf8');
      return text.includes('Memutakhirkan') && text;
    });
    assert.match(svg, /^<\?xml/);
    assert.match(svg, /<svg\b/);
    const editor = await openSample(FILE);
    await replaceText(editor.document, 'Memutakhirkan data', 'Menyelaraskan data');
    await waitFor('the preview to draw the edited step', async () => {
      const text = (await exportShown('edited.svg')).toString('utf8');
      return text.includes('Menyelaraskan') && !text.includes('Memutakhirkan');
    });
    await replaceText(editor.document, 'Menyelaraskan data', 'Memutakhirkan data');
  });

  it('redraws when the file changes on disk, with no editor open on it (ppb/modelChanged)', async () => {
    // The text editors close; the preview stays, on the map it showed.
    const texts = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText);
    await vscode.window.tabGroups.close(texts);
    assert.equal(previewTab()?.label, `PPB: ${MAP}`, 'the preview stays open on its map');
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    assert.ok(folder, 'a workspace folder');
    const file = path.join(folder, FILE);
    const before = readFileSync(file, 'utf8');
    assert.ok(before.includes('Memutakhirkan data'));
    try {
      // As a `git checkout` or another program would change it: on disk only.
      writeFileSync(file, before.replace('Memutakhirkan data', 'Mencocokkan data'));
      await waitFor('the preview to draw the step changed on disk', async () => {
        const text = (await exportShown('disk.svg')).toString('utf8');
        return text.includes('Mencocokkan') && !text.includes('Memutakhirkan');
      });
    } finally {
      writeFileSync(file, before);
    }
    await waitFor('the preview to draw the file as it was again', async () =>
      (await exportShown('disk-back.svg')).toString('utf8').includes('Memutakhirkan'),
    );
  });

  it("opened with no PPB editor in front, shows the workspace's model instead of nothing", async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('ppb.preview.open');
    await waitFor('the preview to show a map of the Klambu model', () => /^PPB: .*(KECKLB|Klambu)/.test(previewTab()?.label ?? ''));
  });

  it("exports the map it shows as PNG: ppb.export.scale times the SVG's size, that density, drawn; an existing file replaced whole", async () => {
    const svg = (
      await waitFor('an SVG export', async () => {
        const bytes = await exportShown('shown.svg');
        return bytes.length > 1000 && bytes;
      })
    ).toString('utf8');
    const [width, height] = ['width', 'height'].map((a) => Number(new RegExp(`<svg\\b[^>]*\\s${a}="(\\d+)"`).exec(svg)?.[1]));
    assert.ok(width && height, 'the SVG says its size');
    const scale = vscode.workspace.getConfiguration('ppb').get<number>('export.scale', 2);
    // The command with a target replaces a file there (the save dialog asked), through a temporary file.
    const file = path.join(out, 'map.png');
    writeFileSync(file, 'an older export');
    await within(WAIT_MS, 'ppb.export.image to write map.png', vscode.commands.executeCommand('ppb.export.image', vscode.Uri.file(file)));
    const png = readPng(readFileSync(file));
    assert.deepEqual({ width: png.width, height: png.height }, { width: Math.round(width * scale), height: Math.round(height * scale) });
    const perMetre = Math.round((96 / 0.0254) * scale);
    assert.deepEqual(png.density, { x: perMetre, y: perMetre, unit: 1 }, "the PNG says its density: the drawing's real size");
    assert.ok(png.inked / (png.width * png.height) > 0.05, `only ${png.inked} of ${png.width * png.height} pixels drawn`);
    assert.ok(png.dark > 500, 'no text or lines');
    assert.deepEqual(
      readdirSync(out).filter((f) => f.startsWith('.')),
      [],
      'no temporary file stays',
    );
  });
});
