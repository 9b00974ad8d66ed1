import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { codeOf, listDiagnostics, openSample, ppbDiagnostics, replaceText, waitFor } from './helpers';

const FILE = 'peta-lintas-fungsi/kecklb-06.ppb.yaml';
const GOOD = 'pelaksana: subbag_umum\n        masukan: [SK kenaikan pangkat';
const BROKEN = 'pelaksana: subbag_umun\n        masukan: [SK kenaikan pangkat';

describe('diagnostics', () => {
  it('marks an unknown unit while typing and clears the mark when it is fixed', async () => {
    const editor = await openSample(FILE);
    const doc = editor.document;
    await replaceText(doc, GOOD, BROKEN);
    const explain = (): string => listDiagnostics(doc.uri);
    const found = await waitFor(
      'PPB207 on the misspelt unit',
      () => ppbDiagnostics(doc.uri).find((d) => codeOf(d) === 'PPB207' && doc.getText(d.range) === 'subbag_umun'),
      explain,
    );
    assert.equal(found.severity, 0 /* Error */);
    assert.match(found.message, /subbag_umun/);
    await replaceText(doc, BROKEN, GOOD);
    await waitFor('the PPB207 mark to clear', () => !ppbDiagnostics(doc.uri).some((d) => codeOf(d) === 'PPB207'), explain);
  });

  it('reports broken YAML without losing the file', async () => {
    const editor = await openSample(FILE);
    const doc = editor.document;
    await replaceText(doc, 'versi: 1', 'versi: [1');
    const explain = (): string => listDiagnostics(doc.uri);
    const syntax = await waitFor(
      'a YAML syntax error (PPB0xx)',
      () => ppbDiagnostics(doc.uri).find((d) => /^PPB0\d\d$/.test(codeOf(d))),
      explain,
    );
    assert.equal(syntax.severity, 0);
    await replaceText(doc, 'versi: [1', 'versi: 1');
    await waitFor('the syntax error to clear', () => !ppbDiagnostics(doc.uri).some((d) => /^PPB0\d\d$/.test(codeOf(d))), explain);
  });
});
