import { longDate, readDate } from '../calendar-date';
import type { Localized } from '../localized';
import type { MapDecl, ProcessDecl, Ref, SopDecl } from '../model';
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
  const laneIds = m.lanes?.map((l) => l.value) ?? [...new Set(m.steps.flatMap((s) => s.pelaksana.map((p) => p.value)))];
  const lanes = laneIds.length > 0 ? `${w.say({ id: 'Lajur', en: 'Lanes' })}: ${w.inline(laneIds.map((id) => w.party(id)))}` : undefined;
  const steps = w.say({ id: `${m.steps.length} langkah`, en: `${m.steps.length} step${m.steps.length === 1 ? '' : 's'}` });
  const sops = m.sop.length > 0 ? `SOP (${m.sop.length}):\n${w.bullets(m.sop.map((s) => w.named(s.kode.value, s.nama)))}` : undefined;
  return [kind, parentLine, [lanes, steps].filter((x) => x !== undefined).join('  \n'), sops];
}

/** A date as the identity sheet prints it, or as written when it is not a real date (PPB217 says so). */
function dateLine(w: HoverWriter, label: Localized, r: Ref | undefined): string | undefined {
  if (r === undefined) return undefined;
  const d = readDate(r.value);
  return `${w.say(label)}: ${d ? longDate(d, w.lang) : escapeMarkdown(r.value)}`;
}

function describeSop(w: HoverWriter, s: SopDecl): (string | undefined)[] {
  const kind = w.say({ id: 'SOP Administrasi Pemerintahan', en: 'SOP (Administrasi Pemerintahan)' });
  const map = `${w.say({ id: 'Peta', en: 'Map' })}: ${w.named(s.map.kode.value, s.map.nama)}`;
  const dates = [
    dateLine(w, { id: 'Dibuat', en: 'Made' }, s.tanggalPembuatan),
    dateLine(w, { id: 'Direvisi', en: 'Revised' }, s.tanggalRevisi),
    dateLine(w, { id: 'Efektif', en: 'Effective' }, s.tanggalEfektif),
  ].filter((x) => x !== undefined);
  const approver = s.disahkanOleh
    ? w.party(s.disahkanOleh.value)
    : w.say({ id: 'pimpinan instansi (bawaan)', en: "the instansi's head (default)" });
  const number = s.nomor !== undefined ? `${w.say({ id: 'Nomor', en: 'Number' })}: ${escapeMarkdown(s.nomor)}` : undefined;
  const steps = s.steps
    ? w.say({ id: `${s.steps.length} langkah sendiri`, en: `${s.steps.length} step${s.steps.length === 1 ? '' : 's'} of its own` })
    : w.say({ id: 'Mengikuti langkah peta', en: "Follows the map's steps" });
  const approved = `${w.say({ id: 'Disahkan oleh', en: 'Approved by' })}: ${approver}`;
  return [kind, map, [number, dates.join(' · '), approved, steps].filter((x) => x).join('  \n')];
}

/** Hover of a code: its name, level, category, parent, children and maps; an SOP's map, dates and approver. */
export function describeCode(model: ModelIndex, w: HoverWriter, key: string, written: string): string {
  const entries = model.codes.get(key) ?? [];
  const entry = entries[0];
  if (!entry) {
    return undeclared(w, written, {
      id: 'Tidak ada proses, sub proses, peta, atau SOP dengan kode ini.',
      en: 'No process, sub-process, map or SOP has this code.',
    });
  }
  const body =
    entry.kind === 'process'
      ? describeProcess(model, w, entry.decl)
      : entry.kind === 'map'
        ? describeMap(model, w, entry.decl)
        : describeSop(w, entry.decl);
  return paragraphs([title(entry.decl.kode.value, entry.decl.nama), ...body, declaredTimes(w, entries.length)]);
}
