import { isNumberSegment, mapParentKey, parseCode } from '../code-grammar';
import type { Rule } from '../rule';
import { hasPrefix } from './has-prefix';

/**
 * PPB202: a Level 0 code is the prefix plus one number; a sub-process code is its parent's
 * code plus one number; a map code is a process code plus `.CFM.NN`.
 */
export const codeHierarchy: Rule = {
  codes: ['PPB202'],
  scope: 'file',
  check({ model, own, report }) {
    const prefix = model.prefix ?? 'KODE';
    for (const p of own.processes) {
      const code = parseCode(p.kode.value);
      if (!hasPrefix(model, code.segments)) continue; // PPB201 says it
      const last = code.segments[code.segments.length - 1] ?? '';
      if (p.parent === undefined) {
        if (code.segments.length === 2 && isNumberSegment(last)) continue;
        report('PPB202', p.kode.span, {
          id: `Kode proses Level 0 \`${p.kode.value}\` harus berupa kode instansi ditambah satu nomor dua angka, misalnya \`${prefix}.06\`.`,
          en: `Level 0 process code \`${p.kode.value}\` must be the instansi code plus one two-digit number, for example \`${prefix}.06\`.`,
        });
        continue;
      }
      const parent = parseCode(p.parent.kode.value);
      const head = parseCode(code.segments.slice(0, -1).join('.'));
      if (code.segments.length === parent.segments.length + 1 && head.key === parent.key && isNumberSegment(last)) continue;
      const example = `${p.parent.kode.value}.01`;
      report('PPB202', p.kode.span, {
        id: `Kode sub proses \`${p.kode.value}\` harus kode induknya \`${p.parent.kode.value}\` ditambah satu nomor, misalnya \`${example}\`.`,
        en: `Sub-process code \`${p.kode.value}\` must be its parent's code \`${p.parent.kode.value}\` plus one number, for example \`${example}\`.`,
      });
    }
    for (const m of own.maps) {
      const code = parseCode(m.kode.value);
      if (!hasPrefix(model, code.segments) || mapParentKey(code) !== undefined) continue;
      report('PPB202', m.kode.span, {
        id: `Kode peta lintas fungsi \`${m.kode.value}\` harus kode proses atau sub proses induknya ditambah \`.CFM.\` dan nomor, misalnya \`${prefix}.06.03.CFM.01\`.`,
        en: `Cross-functional map code \`${m.kode.value}\` must be its parent process or sub-process code plus \`.CFM.\` and a number, for example \`${prefix}.06.03.CFM.01\`.`,
      });
    }
  },
};
