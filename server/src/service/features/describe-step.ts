import type { Localized } from '../localized';
import type { Procedure, StepDecl, StepKind } from '../model';
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

/** The steps with this id of the maps (or SOPs with steps of their own) of one code key. */
export function stepsWithId(model: ModelIndex, key: string, id: string): { procedure: Procedure; step: StepDecl }[] {
  return model.procedures
    .filter((p) => p.kode.key === key)
    .flatMap((procedure) => procedure.steps.filter((s) => s.id?.value === id).map((step) => ({ procedure, step })));
}

/** Hover of a step id of the map (or SOP) whose code key is `key`: the step's name, kind, performer and where it stands. */
export function describeStep(model: ModelIndex, w: HoverWriter, key: string, id: string): string {
  const found = stepsWithId(model, key, id);
  const first = found[0];
  if (!first) {
    const entry = (model.codes.get(key) ?? [])[0];
    const code = inlineCode(entry?.decl.kode.value ?? key);
    const holder = entry?.kind === 'sop' ? { id: 'SOP', en: 'SOP' } : { id: 'peta', en: 'map' };
    return undeclared(w, id, {
      id: `Tidak ada langkah ber-id ini dalam ${holder.id} ${code}.`,
      en: `No step has this id in ${holder.en} ${code}.`,
    });
  }
  const { procedure, step } = first;
  const kind = step.jenis ? w.say(STEP_KIND_NAMES[step.jenis]) : undefined;
  const holder = procedure.sop ? { id: 'SOP', en: 'SOP' } : { id: 'peta', en: 'map' };
  const where = w.say({
    id: `langkah ${step.index + 1} ${holder.id} ${inlineCode(procedure.kode.value)}`,
    en: `step ${step.index + 1} of ${holder.en} ${inlineCode(procedure.kode.value)}`,
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
