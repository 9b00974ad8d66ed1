import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { PpbWorkspace, toMermaid, type MermaidOptions } from '../../server/src/service';
import { REPO } from '../support/temp-model';

/**
 * The Mermaid text of each kind of map, compared exactly with the golden files beside the small
 * model they come from. After an intended change: `PPB_UPDATE_GOLDEN=1 npm test`, then read the
 * diff of test/fixtures/golden before committing it.
 */
const DIR = path.join(REPO, 'test/fixtures/golden');

function catalog(): ReturnType<PpbWorkspace['diagrams']> {
  const ws = new PpbWorkspace();
  ws.setFile('file:///golden/model.ppb.yaml', readFileSync(path.join(DIR, 'model.ppb.yaml'), 'utf8'));
  return ws.diagrams();
}

const CASES: { file: string; id: string; options?: MermaidOptions }[] = [
  { file: 'level0.mmd', id: 'L0' },
  { file: 'relasi.mmd', id: 'relasi' },
  { file: 'level1.mmd', id: 'KECKLB.06' },
  { file: 'cfm.mmd', id: 'KECKLB.06.03.CFM.02' },
  { file: 'cfm-subgraph.mmd', id: 'KECKLB.06.03.CFM.02', options: { laneLayout: 'subgraph' } },
  { file: 'cfm-lanes-by-first-use.mmd', id: 'KECKLB.06.04.CFM.01' },
];

describe('toMermaid: golden text of each kind of map', () => {
  const c = catalog();
  for (const { file, id, options } of CASES) {
    test(`${id}${options ? ` (${JSON.stringify(options)})` : ''} = ${file}`, () => {
      const d = c.get(id);
      assert.ok(d, id);
      const text = toMermaid(d, options);
      const golden = path.join(DIR, file);
      if (process.env.PPB_UPDATE_GOLDEN) writeFileSync(golden, text);
      assert.equal(text, readFileSync(golden, 'utf8'));
    });
  }

  test('labels are entity codes: nothing in them is Mermaid syntax', () => {
    const d = c.get('KECKLB.06.03.CFM.02');
    assert.ok(d);
    const text = toMermaid(d);
    for (const raw of ['(stok < 10%)', 'Tidak | revisi', 'Nota #1; persetujuan', 'Sesuai anggaran?']) assert.ok(!text.includes(raw), raw);
    assert.ok(text.includes('"Tidak #124; revisi"'));
    // The title: one quoted line of letters, digits, spaces and \u escapes (no `%%`, no quote).
    assert.match(text.split('\n')[1] ?? '', /^title: "[A-Za-z0-9 \\]*"$/);
  });

  test("a note (a sub-process's performers) is the label's last line, in <small>, its text entity codes", () => {
    const text = toMermaid({
      id: 'x',
      kind: 'level1',
      code: 'X',
      title: 'X',
      exportName: 'X',
      groups: [],
      edges: [],
      nodes: [{ id: 'p_X_01', code: 'X.01', label: 'Menyusun', note: 'Pelaksana: </small><script>alert(1)</script>', shape: 'process' }],
    });
    assert.match(
      text,
      /p_X_01\["X#46;01<br\/>Menyusun<br\/><small>Pelaksana#58; #60;#47;small#62;#60;script#62;alert#40;1#41;#60;#47;script#62;<\/small>"\]/,
    );
  });
});
