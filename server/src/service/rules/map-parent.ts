import { mapParentKey, parseCode, writtenHead } from '../code-grammar';
import type { Rule } from '../rule';
import { hasPrefix } from './has-prefix';

/** PPB206: a map `<code>.CFM.NN` needs a process or sub-process `<code>`. */
export const mapParent: Rule = {
  codes: ['PPB206'],
  scope: 'file',
  check({ model, own, report }) {
    for (const m of own.maps) {
      const code = parseCode(m.kode.value);
      const parentKey = mapParentKey(code);
      if (parentKey === undefined) continue; // PPB202 says it
      if (!hasPrefix(model, code.segments)) continue; // PPB201 says it
      if (model.codes.get(parentKey)?.some((e) => e.kind === 'process')) continue;
      const parent = writtenHead(code, code.segments.length - 2);
      report('PPB206', m.kode.span, {
        id: `Peta \`${m.kode.value}\` merinci proses \`${parent}\`, tetapi tidak ada proses atau sub proses dengan kode itu. Tambahkan sub proses \`${parent}\` di \`proses\`, atau perbaiki kode peta.`,
        en: `Map \`${m.kode.value}\` details process \`${parent}\`, but no process or sub-process has that code. Add sub-process \`${parent}\` under \`proses\`, or correct the map code.`,
      });
    }
  },
};
