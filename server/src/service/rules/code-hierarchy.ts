import {
  cfmSeparators,
  childNumber,
  isNumberSegment,
  isSopSegment,
  levelZeroCodeLike,
  mapCodeLike,
  mapParentKey,
  parseCode,
} from '../code-grammar';
import type { Rule } from '../rule';
import { hasPrefix } from './has-prefix';

/**
 * PPB202: a Level 0 code is the prefix plus one number; a sub-process code is its parent's
 * code plus one number; a map code is a process code plus `.CFM.NN`; an SOP code is its map's
 * code plus `.SOP.NN` (format 1.1).
 */
export const codeHierarchy: Rule = {
  codes: ['PPB202'],
  scope: 'file',
  check({ model, own, report }) {
    for (const p of own.processes) {
      const code = parseCode(p.kode.value);
      if (!hasPrefix(model, code.segments)) continue; // PPB201 says it
      const last = code.segments[code.segments.length - 1] ?? '';
      if (p.parent === undefined) {
        if (code.segments.length === 2 && isNumberSegment(last)) continue;
        const example = levelZeroCodeLike(code, model.prefix ?? code.segments[0] ?? 'KODE');
        report('PPB202', p.kode.span, {
          id: `Kode proses Level 0 \`${p.kode.value}\` harus berupa kode instansi ditambah satu nomor, misalnya \`${example}\`.`,
          en: `Level 0 process code \`${p.kode.value}\` must be the instansi code plus one number, for example \`${example}\`.`,
        });
        continue;
      }
      const parent = parseCode(p.parent.kode.value);
      const head = parseCode(code.segments.slice(0, -1).join('.'));
      if (code.segments.length === parent.segments.length + 1 && head.key === parent.key && isNumberSegment(last)) continue;
      // The parent as written, then the number this code ends with, in the author's notation.
      const example = `${p.parent.kode.value}${code.separators[code.separators.length - 1] || '.'}${isNumberSegment(last) ? last : '01'}`;
      report('PPB202', p.kode.span, {
        id: `Kode sub proses \`${p.kode.value}\` harus kode induknya \`${p.parent.kode.value}\` ditambah satu nomor, misalnya \`${example}\`.`,
        en: `Sub-process code \`${p.kode.value}\` must be its parent's code \`${p.parent.kode.value}\` plus one number, for example \`${example}\`.`,
      });
    }
    for (const m of own.maps) {
      const code = parseCode(m.kode.value);
      if (!hasPrefix(model, code.segments) || mapParentKey(code) !== undefined) continue;
      const example = mapCodeLike(code);
      report('PPB202', m.kode.span, {
        id: `Kode peta lintas fungsi \`${m.kode.value}\` harus kode proses atau sub proses induknya ditambah \`CFM\` dan nomor, misalnya \`${example}\`.`,
        en: `Cross-functional map code \`${m.kode.value}\` must be its parent process or sub-process code plus \`CFM\` and a number, for example \`${example}\`.`,
      });
    }
    for (const m of own.maps) {
      for (const s of m.sop) {
        const code = parseCode(s.kode.value);
        if (!hasPrefix(model, code.segments) || childNumber(m.kode.key, s.kode.value, 'sop') !== undefined) continue;
        // The map as written, then SOP and the number this code ends with: with the separators the
        // code writes around its SOP, else those the map writes around its CFM.
        const sopAt = code.segments.findIndex(isSopSegment);
        const around = cfmSeparators(parseCode(m.kode.value));
        const before = (sopAt > 0 && code.separators[sopAt - 1]) || around.before;
        const after = (sopAt >= 0 && code.separators[sopAt]) || around.after;
        const last = code.segments[code.segments.length - 1] ?? '';
        const example = `${m.kode.value}${before}SOP${after}${isNumberSegment(last) ? last : '01'}`;
        report('PPB202', s.kode.span, {
          id: `Kode SOP \`${s.kode.value}\` harus kode petanya \`${m.kode.value}\` ditambah \`SOP\` dan nomor, misalnya \`${example}\`.`,
          en: `SOP code \`${s.kode.value}\` must be its map's code \`${m.kode.value}\` plus \`SOP\` and a number, for example \`${example}\`.`,
        });
      }
    }
  },
};
