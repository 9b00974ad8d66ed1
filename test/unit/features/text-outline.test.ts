import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PpbWorkspace } from '../../../server/src/service';
import { completions } from '../../../server/src/service/features/completion';
import { hover } from '../../../server/src/service/features/hover';
import { outline, type OMap, type OSeq } from '../../../server/src/service/features/text-outline';

describe('the text outline of hostile half-written text', () => {
  test('a closing bracket of the other kind inside a flow list ends, and the items before it are read', () => {
    // Found by the fuzz run: `}` in a `[...]` list was read as an empty item forever.
    const root = outline('keluaran: [Konsep undangan, Konsep surat nar}asumber]\n') as OMap;
    const list = root.entries[0]?.value as OSeq;
    assert.deepEqual(
      list.items.slice(0, 2).map((i) => (i.value?.kind === 'scalar' ? i.value.text : i.value?.kind)),
      ['Konsep undangan', 'Konsep surat nar'],
    );
    assert.ok(outline('a: {b: c]d, e: f}\n'));
  });

  test('a text nested past the limit has no outline, and hover and completion answer nothing', () => {
    for (const text of [`${'- '.repeat(20_000)}x\n`, `${'['.repeat(20_000)}${']'.repeat(20_000)}`]) {
      assert.equal(outline(text), undefined);
      const ws = new PpbWorkspace();
      ws.setFile('file:///deep.ppb.yaml', text);
      assert.equal(hover(ws, 'file:///deep.ppb.yaml', 4, 'en'), undefined);
      assert.deepEqual(completions(ws, 'file:///deep.ppb.yaml', 4, 'en'), []);
    }
  });
});
