import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  codeKey,
  isMapSegment,
  isNumberSegment,
  mapCodeLike,
  mapParentKey,
  parseCode,
  variantReasons,
  writtenHead,
} from '../../server/src/service/code-grammar';

test('parseCode splits on ".", "-", "_" and "/" and keeps the separators', () => {
  const c = parseCode('BPSDM-5.2.5_CFM.01');
  assert.deepEqual(c.segments, ['BPSDM', '5', '2', '5', 'CFM', '01']);
  assert.deepEqual(c.separators, ['-', '.', '.', '_', '.']);
  assert.equal(c.raw, 'BPSDM-5.2.5_CFM.01');
  assert.equal(c.key, 'BPSDM.5.2.5.CFM.1');
});

test('parseCode of a canonical code, of a prefix alone, and with spaces around', () => {
  assert.deepEqual(parseCode('KECKLB.06.03').segments, ['KECKLB', '06', '03']);
  assert.deepEqual(parseCode('KECKLB.06.03').separators, ['.', '.']);
  assert.deepEqual(parseCode('KECKLB').segments, ['KECKLB']);
  assert.deepEqual(parseCode('KECKLB').separators, []);
  assert.deepEqual(parseCode('  KECKLB.06 ').segments, ['KECKLB', '06']);
});

test('codeKey: one key for all spellings of a code; different codes differ', () => {
  const same = ['KECKLB.06.03.CFM.02', 'KECKLB.6.3.CFM.2', 'KECKLB-06-03_cfm.02', 'KECKLB.006.03.CFM.02', 'kecklb.06.03.CFM.02'];
  for (const s of same) assert.equal(codeKey(s), 'KECKLB.6.3.CFM.2', s);
  assert.notEqual(codeKey('KECKLB.06.03'), codeKey('KECKLB.06.30'));
  assert.notEqual(codeKey('KECKLB.06.03'), codeKey('KECKLB.06.03.CFM.01'));
  assert.equal(codeKey('POM-05.01'), 'POM.5.1');
});

test('isNumberSegment and isMapSegment', () => {
  assert.equal(isNumberSegment('06'), true);
  assert.equal(isNumberSegment('6'), true);
  assert.equal(isNumberSegment('6a'), false);
  assert.equal(isNumberSegment(''), false);
  assert.equal(isMapSegment('CFM'), true);
  assert.equal(isMapSegment('cfm'), true);
  assert.equal(isMapSegment('CF'), false);
});

test('mapParentKey: the parent of <code>.CFM.NN, in any spelling', () => {
  assert.equal(mapParentKey(parseCode('KECKLB.06.03.CFM.02')), 'KECKLB.6.3');
  assert.equal(mapParentKey(parseCode('KECKLB.06.CFM.01')), 'KECKLB.6');
  assert.equal(mapParentKey(parseCode('BPSDM-5.2.5_CFM.01')), 'BPSDM.5.2.5');
  assert.equal(mapParentKey(parseCode('POM-05.01.cfm.1')), 'POM.5.1');
});

test('mapParentKey: undefined when the code is not a map code', () => {
  assert.equal(mapParentKey(parseCode('KECKLB.06.03')), undefined);
  assert.equal(mapParentKey(parseCode('KECKLB.CFM.01')), undefined); // no process code before .CFM
  assert.equal(mapParentKey(parseCode('KECKLB.06.03.CFM.X')), undefined);
  assert.equal(mapParentKey(parseCode('KECKLB.06.CFM')), undefined);
  assert.equal(mapParentKey(parseCode('KECKLB.06.03.MAP.01')), undefined);
});

test('variantReasons: undefined for the canonical form', () => {
  for (const c of ['KECKLB.06', 'KECKLB.06.03', 'KECKLB.06.03.CFM.02', 'POM.05.01.CFM.01'])
    assert.equal(variantReasons(parseCode(c)), undefined, c);
});

test('variantReasons: each reason on its own and together', () => {
  const none = { separators: [], glued: [], digits: [], lowerCase: [] };
  assert.deepEqual(variantReasons(parseCode('POM-05.01.CFM.01')), { ...none, separators: ['-'] });
  assert.deepEqual(variantReasons(parseCode('KECKLB.6.03')), { ...none, digits: ['6'] });
  assert.deepEqual(variantReasons(parseCode('KECKLB.06.003')), { ...none, digits: ['003'] });
  assert.deepEqual(variantReasons(parseCode('KECKLB.06.03.cfm.01')), { ...none, lowerCase: ['cfm'] });
  assert.deepEqual(variantReasons(parseCode('BPSDM-5.2.5_CFM.01')), { ...none, separators: ['-', '_'], digits: ['5', '2', '5'] });
  assert.deepEqual(variantReasons(parseCode('POM-14.01/CFM.01/SOP.01')), { ...none, separators: ['-', '/'] });
  assert.deepEqual(variantReasons(parseCode('POM.14.01CFM.01')), { ...none, glued: ['01CFM'] });
  assert.deepEqual(variantReasons(parseCode('POM.14.01.CFM.01sop.01')), { ...none, glued: ['01sop'], lowerCase: ['sop'] });
});

test('parseCode: "/" separates like ".", and CFM or SOP glued to the number before it is a segment of its own', () => {
  const printed = parseCode('POM-14.01/CFM.01/SOP.01');
  assert.deepEqual(printed.segments, ['POM', '14', '01', 'CFM', '01', 'SOP', '01']);
  assert.deepEqual(printed.separators, ['-', '.', '/', '.', '/', '.']);
  const glued = parseCode('POM-14.01CFM.01');
  assert.deepEqual(glued.segments, ['POM', '14', '01', 'CFM', '01']);
  assert.deepEqual(glued.separators, ['-', '.', '', '.']);
  assert.equal(codeKey('POM-14.01CFM.01'), codeKey('POM.14.01.CFM.01'));
  assert.equal(codeKey('POM-14.01/CFM.01'), 'POM.14.1.CFM.1');
  assert.equal(mapParentKey(glued), 'POM.14.1');
  // Near-misses: only a number followed by CFM or SOP is split; a word is one segment.
  assert.deepEqual(parseCode('POM.14.01XCFM.01').segments, ['POM', '14', '01XCFM', '01']);
  assert.deepEqual(parseCode('POM.14.CFM01').segments, ['POM', '14', 'CFM01']);
});

test('writtenHead keeps the separators as written, a glued CFM included', () => {
  assert.equal(writtenHead(parseCode('POM-14.01/CFM.01'), 3), 'POM-14.01');
  assert.equal(writtenHead(parseCode('POM-14.01CFM.01'), 4), 'POM-14.01CFM');
  assert.equal(writtenHead(parseCode('KECKLB'), 1), 'KECKLB');
});

test('mapCodeLike: an example made from the code at hand, in its notation', () => {
  const cases: [string, string][] = [
    ['POM-14.02/CEM.02', 'POM-14.02/CFM.02'],
    ['KECKLB.06.03.05', 'KECKLB.06.03.CFM.05'],
    ['KECKLB.CFM.01', 'KECKLB.01.CFM.01'],
    ['KECKLB.06.CFM.01.CFM.01', 'KECKLB.06.CFM.01'],
    ['KECKLB.06.03.CFM', 'KECKLB.06.03.CFM.01'],
    ['KECKLB.06.03.CFM.X', 'KECKLB.06.03.CFM.01'],
  ];
  for (const [code, example] of cases) {
    assert.equal(mapCodeLike(parseCode(code)), example, code);
    assert.notEqual(mapParentKey(parseCode(example)), undefined, `${example} is a map code`);
  }
});
