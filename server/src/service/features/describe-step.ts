import type { Localized } from '../localized';
import type { MapDecl, StepDecl, StepKind } from '../model';
import type { ModelIndex } from '../model-index';
import { inlineCode } from './markdown';
import { declaredTimes, paragraphs, title, undeclared, type HoverWriter } from './hover-text';

export const STEP_KIND_NAMES: Record<StepKind, Localized> = {
  mulai: { id: 'Mulai', en: 'Start' },
  aktivitas: { id: 'Aktivitas', en: 'Activity' },
  keputusan: { id: 'Keputusan', en: 'Decision' },
  dokumen: { id: 'Dokumen', en: 'Document' },
  penghubung: { id: 'Penghubung', en: 'Connector' },
  selesai: { id: 'Selesai', en: 'End' },
};

/** The maps of one code key and their steps with this id. */
export function stepsWithId(model: ModelIndex, mapKey: string, id: string): { map: MapDecl; step: StepDecl }[] {
  return (model.codes.get(mapKey) ?? []).flatMap((e) =>
    e.kind === 'map' ? e.decl.steps.filter((s) => s.id?.value === id).map((step) => ({ map: e.decl, step })) : [],
  );
}

/** Hover of a step id of the map whose code key is `mapKey`: the step's name, kind, performer and map. */
export function describeStep(model: ModelIndex, w: HoverWriter, mapKey: string, id: string): string {
  const found = stepsWithId(model, mapKey, id);
  const first = found[0];
  if (!first) {
    const map = (model.codes.get(mapKey) ?? [])[0]?.decl.kode.value ?? mapKey;
    return undeclared(w, id, {
      id: `Tidak ada langkah ber-id ini dalam peta ${inlineCode(map)}.`,
      en: `No step has this id in map ${inlineCode(map)}.`,
    });
  }
  const { map, step } = first;
  const kind = step.jenis ? w.say(STEP_KIND_NAMES[step.jenis]) : undefined;
  const where = w.say({
    id: `langkah ${step.index + 1} peta ${inlineCode(map.kode.value)}`,
    en: `step ${step.index + 1} of map ${inlineCode(map.kode.value)}`,
  });
  const performers = step.pelaksana.map((p) => w.party(p.value));
  const performer =
    performers.length === 0
      ? undefined
      : performers.length === 1
        ? `${w.say({ id: 'Pelaksana', en: 'Performer' })}: ${performers[0]}`
        : `${w.say({ id: 'Pelaksana bersama', en: 'Performed together by' })}: ${performers.join(', ')}`;
  return paragraphs([
    title(id, step.nama),
    [kind, where].filter((x) => x !== undefined).join(' · '),
    performer,
    declaredTimes(w, found.length),
  ]);
}
