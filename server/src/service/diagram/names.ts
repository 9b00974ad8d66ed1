import type { ModelIndex } from '../model-index';
import type { PartyDecl } from '../model';

/** The short label of a unit or party: its `singkatan`, else its name, else its id. */
export function partyLabel(model: ModelIndex, id: string, short = true): string {
  const p: PartyDecl | undefined = model.parties.get(id)?.[0];
  return (short ? p?.singkatan : undefined) ?? p?.nama ?? id;
}

/** A node id safe in Mermaid: letters, digits and underscores only. */
export function safeId(prefix: string, key: string): string {
  return `${prefix}_${key.replace(/[^A-Za-z0-9]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)}`;
}

/** The code prefix used in export names when the model has no single instansi. */
export function exportPrefix(model: ModelIndex): string {
  return model.prefix ?? 'PPB';
}

/** A title followed by the name of the instansi, when the model has exactly one. */
export function titled(model: ModelIndex, title: string): string {
  const nama = model.instansi.length === 1 ? model.instansi[0]?.nama?.trim() : undefined;
  return nama ? `${title} ${nama}` : title;
}
