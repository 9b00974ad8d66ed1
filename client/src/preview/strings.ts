import type { PreviewStrings } from '../../../server/src/protocol/webview';
import { pick, type Lang } from '../../../server/src/protocol/language';
import { PREVIEW_TEXT } from '../texts';

/** The webview's words in `lang` (the page has no language setting of its own). */
export function previewStrings(lang: Lang): PreviewStrings {
  const words: Partial<Record<keyof PreviewStrings, string>> = {};
  for (const key of Object.keys(PREVIEW_TEXT) as (keyof PreviewStrings)[]) words[key] = pick(PREVIEW_TEXT[key], lang);
  return words as PreviewStrings;
}
