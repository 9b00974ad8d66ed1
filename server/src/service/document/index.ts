import type { DiagramSummary } from '../../protocol/diagram';
import { closest } from '../closest';
import type { Localized } from '../localized';
import type { ModelIndex } from '../model-index';
import { buildOutline, type SectionTexts } from './build-outline';
import { DEFAULT_TEXT } from './default-text';
import { documentFacts, type FileData } from './document-facts';
import { markdownBlocks } from './markdown-blocks';
import type { DocumentOutline } from './outline';
import { isSectionId, SECTION_IDS, SECTIONS_FOLDER } from './sections';

export type * from './outline';
export { SECTIONS_FOLDER } from './sections';

export interface DocumentResult {
  readonly outline: DocumentOutline;
  /** An agency's text that names no section (`dokumen/latar-belakng.md`): said, and left out. */
  readonly warnings: readonly Localized[];
}

function unknownSection(name: string): Localized {
  const guess = closest(name, SECTION_IDS);
  const hint = guess ? { id: ` Mungkin maksud Anda \`${guess}.md\`?`, en: ` Did you mean \`${guess}.md\`?` } : { id: '', en: '' };
  const known = SECTION_IDS.map((s) => `${s}.md`).join(', ');
  return {
    id: `\`${SECTIONS_FOLDER}/${name}.md\` tidak menamai bagian dokumen mana pun, jadi tidak dipakai.${hint.id} Nama yang dikenal: ${known}.`,
    en: `\`${SECTIONS_FOLDER}/${name}.md\` names no section of the document, so it is not used.${hint.en} Known names: ${known}.`,
  };
}

/**
 * The Peta Proses Bisnis document of a model: `texts` holds the agency's own sections, by file
 * name without `.md` (`latar-belakang`), in Markdown; the rest is the standard text.
 */
export function documentOf(
  model: ModelIndex,
  files: readonly FileData[],
  summaries: readonly DiagramSummary<unknown>[],
  texts: ReadonlyMap<string, string>,
  draft: boolean,
): DocumentResult {
  const warnings = [...texts.keys()].filter((name) => !isSectionId(name)).map(unknownSection);
  const own = (id: string) => {
    const text = texts.get(id);
    return text === undefined ? undefined : markdownBlocks(text, id);
  };
  const sections = (facts: Parameters<(typeof DEFAULT_TEXT)['penutup']>[0]): SectionTexts => ({
    text: (id) => own(id) ?? DEFAULT_TEXT[id](facts),
    foreword: own('kata-pengantar'),
  });
  return { outline: buildOutline(documentFacts(model, files), summaries, sections, draft), warnings };
}
