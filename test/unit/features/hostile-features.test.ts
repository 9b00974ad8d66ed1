import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PpbWorkspace } from '../../../server/src/service';
import { codeActions } from '../../../server/src/service/features/code-actions';
import { codeLenses } from '../../../server/src/service/features/code-lens';
import { completions } from '../../../server/src/service/features/completion';
import { definition } from '../../../server/src/service/features/definition';
import { documentSymbols } from '../../../server/src/service/features/document-symbols';
import { hover } from '../../../server/src/service/features/hover';
import { references } from '../../../server/src/service/features/references';
import { prepareRename } from '../../../server/src/service/features/rename';
import { workspaceSymbols } from '../../../server/src/service/features/workspace-symbols';
import { HOSTILE } from '../../support/hostile-files';

/**
 * Every feature on every hostile file, at its start, middle and end: an answer (perhaps
 * empty), never an exception. Completion and schema hover read the text's outline themselves,
 * apart from the parser's limits: a 20,000-deep file once overflowed the stack there.
 */
for (const h of HOSTILE) {
  test(`every feature answers on the hostile file ${h.name}`, () => {
    const text = h.text();
    const ws = new PpbWorkspace();
    const uri = 'file:///h.ppb.yaml';
    ws.setFile(uri, text);
    const started = Date.now();
    for (const offset of [0, Math.floor(text.length / 2), text.length]) {
      hover(ws, uri, offset, 'en');
      assert.ok(Array.isArray(completions(ws, uri, offset, 'id')));
      assert.ok(Array.isArray(definition(ws, uri, offset)));
      assert.ok(Array.isArray(references(ws, uri, offset, true)));
      prepareRename(ws, uri, offset);
      assert.ok(Array.isArray(codeActions(ws, uri, offset, offset, 'en')));
    }
    assert.ok(Array.isArray(documentSymbols(ws, uri, 'en')));
    assert.ok(Array.isArray(codeLenses(ws, uri, 'id')));
    assert.ok(Array.isArray(workspaceSymbols(ws, 'KEC', 'en')));
    const ms = Date.now() - started;
    assert.ok(ms < 3 * h.maxMs, `${h.name}: ${ms} ms`);
  });
}
