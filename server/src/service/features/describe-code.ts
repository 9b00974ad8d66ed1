import type { Localized } from '../localized';
import type { MapDecl, ProcessDecl } from '../model';
import type { ModelIndex } from '../model-index';
import { escapeMarkdown } from './markdown';
import { mapsUnder, processOfMap, rootProcess } from './code-family';
import { declaredTimes, paragraphs, title, undeclared, type HoverWriter } from './hover-text';

const CATEGORY: Record<string, Localized> = {
  utama: { id: 'proses utama', en: 'core process' },
  manajemen: { id: 'proses manajemen', en: 'management process' },
  pendukung: { id: 'proses pendukung', en: 'support process' },
};

function category(w: HoverWriter, p: ProcessDecl | undefined): string | undefined {
  const kategori = p ? rootProcess(p).kategori : undefined;
  if (kategori === undefined) return undefined;
  const known = CATEGORY[kategori];
  return known ? w.say(known) : `${w.say({ id: 'kategori', en: 'category' })} ${escapeMarkdown(kategori)}`;
}

function levelOf(w: HoverWriter, p: ProcessDecl): string {
  return p.level === 0
    ? w.say({ id: 'Proses Level 0', en: 'Level 0 process' })
    : w.say({ id: `Sub proses Level ${p.level}`, en: `Level ${p.level} sub-process` });
}

function mapLines(w: HoverWriter, maps: readonly MapDecl[]): string | undefined {
  if (maps.length === 0) return undefined;
  const label = w.say({ id: `Peta lintas fungsi (${maps.length})`, en: `Cross-functional maps (${maps.length})` });
  return `${label}:\n${w.bullets(maps.map((m) => w.named(m.kode.value, m.nama)))}`;
}

function describeProcess(model: ModelIndex, w: HoverWriter, p: ProcessDecl): (string | undefined)[] {
  const kind = [levelOf(w, p), category(w, p)].filter((x) => x !== undefined).join(' · ');
  const parent = p.parent ? `${w.say({ id: 'Induk', en: 'Parent' })}: ${w.named(p.parent.kode.value, p.parent.nama)}` : undefined;
  const children =
    p.children.length > 0
      ? `${w.say({ id: `Sub proses (${p.children.length})`, en: `Sub-processes (${p.children.length})` })}:\n${w.bullets(p.children.map((c) => w.named(c.kode.value, c.nama)))}`
      : undefined;
  return [kind, parent, children, mapLines(w, mapsUnder(model, p.kode.key))];
}

function describeMap(model: ModelIndex, w: HoverWriter, m: MapDecl): (string | undefined)[] {
  const parent = processOfMap(model, m);
  const kind = [w.say({ id: 'Peta lintas fungsi', en: 'Cross-functional map' }), category(w, parent)]
    .filter((x) => x !== undefined)
    .join(' · ');
  const parentLine = parent ? `${w.say({ id: 'Induk', en: 'Parent' })}: ${w.named(parent.kode.value, parent.nama)}` : undefined;
  const laneIds = m.lanes?.map((l) => l.value) ?? [...new Set(m.steps.flatMap((s) => (s.pelaksana ? [s.pelaksana.value] : [])))];
  const lanes = laneIds.length > 0 ? `${w.say({ id: 'Lajur', en: 'Lanes' })}: ${w.inline(laneIds.map((id) => w.party(id)))}` : undefined;
  const steps = w.say({ id: `${m.steps.length} langkah`, en: `${m.steps.length} step${m.steps.length === 1 ? '' : 's'}` });
  return [kind, parentLine, [lanes, steps].filter((x) => x !== undefined).join('  \n')];
}

/** Hover of a code: its name, level, category, parent, children and maps. */
export function describeCode(model: ModelIndex, w: HoverWriter, key: string, written: string): string {
  const entries = model.codes.get(key) ?? [];
  const entry = entries[0];
  if (!entry) {
    return undeclared(w, written, {
      id: 'Tidak ada proses, sub proses, atau peta dengan kode ini.',
      en: 'No process, sub-process or map has this code.',
    });
  }
  const body = entry.kind === 'process' ? describeProcess(model, w, entry.decl) : describeMap(model, w, entry.decl);
  return paragraphs([title(entry.decl.kode.value, entry.decl.nama), ...body, declaredTimes(w, entries.length)]);
}
