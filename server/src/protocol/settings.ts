/** The `ppb.*` settings the server reads (VS Code settings, or `initializationOptions` of other clients). */
export type Bahasa = 'auto' | 'id' | 'en';

export interface PpbSettings {
  readonly bahasa: Bahasa;
}

export const DEFAULT_SETTINGS: PpbSettings = { bahasa: 'auto' };

/** The configuration section the server asks the client for. */
export const SETTINGS_SECTION = 'ppb';

export function readSettings(raw: unknown): PpbSettings {
  const bahasa = (raw as { bahasa?: unknown } | null | undefined)?.bahasa;
  return { bahasa: bahasa === 'id' || bahasa === 'en' || bahasa === 'auto' ? bahasa : DEFAULT_SETTINGS.bahasa };
}
