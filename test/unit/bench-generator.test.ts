import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  BASE_SHAPE,
  generateSingleFile,
  generateWorkspace,
  mapCount,
  scaled,
  SINGLE_FILE_SHAPE,
  type WorkspaceShape,
} from '../../bench/generate';
import { PpbWorkspace } from '../../server/src/service';
import { collect } from '../support/check';

const SHAPE: WorkspaceShape = { processes: 4, subProcesses: 3, mapsPerSub: 2, stepsPerMap: 9 };

function sizes(ws: PpbWorkspace): { level0: number; subs: number; maps: number; steps: number[] } {
  const model = ws.index();
  return {
    level0: model.processes.filter((p) => p.level === 0).length,
    subs: model.processes.filter((p) => p.level === 1).length,
    maps: model.maps.length,
    steps: [...new Set(model.maps.map((m) => m.steps.length))],
  };
}

test('a generated workspace checks clean and has the sizes asked for, one file per map', () => {
  const files = generateWorkspace(SHAPE);
  const ws = new PpbWorkspace();
  for (const [name, text] of files) ws.setFile(`file:///ws/${name}`, text);
  assert.deepEqual(collect(ws), []);
  assert.deepEqual(sizes(ws), { level0: 4, subs: 12, maps: 24, steps: [9] });
  assert.equal(mapCount(SHAPE), 24);
  assert.equal([...files.keys()].filter((n) => n.startsWith('peta/')).length, 24);
  assert.equal(files.size, 1 + 4 + 24, 'instansi, one file per Level 0 process, one per map');
  for (const [name, text] of files) if (name.startsWith('peta/')) assert.equal(text.match(/^ {2}- kode:/gm)?.length, 1, name);
});

test('the single-file variant is the same model, clean, in one file', () => {
  const ws = new PpbWorkspace();
  ws.setFile('file:///ws/model.ppb.yaml', generateSingleFile(SHAPE));
  assert.deepEqual(collect(ws), []);
  assert.deepEqual(sizes(ws), { level0: 4, subs: 12, maps: 24, steps: [9] });
});

test('the bench sizes: 500 maps at 1x and 4,000 at 8x; the side-by-side file is about 20,000 lines', () => {
  assert.equal(mapCount(BASE_SHAPE), 500);
  assert.equal(mapCount(scaled(BASE_SHAPE, 8)), 4000);
  const lines = generateSingleFile(SINGLE_FILE_SHAPE).split('\n').length;
  assert.ok(lines >= 19_000 && lines <= 22_000, `${lines} lines`);
});

test('shapes that codes cannot number are refused with a reason', () => {
  assert.throws(() => generateWorkspace({ ...SHAPE, processes: 100 }), /processes is at most 99/);
  assert.throws(() => generateWorkspace({ ...SHAPE, stepsPerMap: 2 }), /stepsPerMap is at least 3/);
  assert.throws(() => generateSingleFile({ ...SHAPE, mapsPerSub: 0 }), /mapsPerSub must be a whole number/);
});
