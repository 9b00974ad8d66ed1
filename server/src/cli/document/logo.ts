import { readFile, realpath, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { imageSize } from 'image-size';
import { pick, type Lang, type Localized, type LogoRef } from '../../service';
import { CLI_TEXT } from '../messages';
import type { DocxLogo } from './docx-writer';

export type Logo = DocxLogo;

/** Pictures larger than this are not a logo (and not read whole into memory twice). */
const MAX_LOGO_BYTES = 20 * 1024 * 1024;

/**
 * `instansi.logo` read and checked: a PNG or JPEG inside the model's folder (after following
 * links), its path relative to the file that declares it. A problem says what is wrong.
 */
export async function readLogo(ref: LogoRef, modelDir: string): Promise<Logo | { problem: Localized }> {
  const file = path.resolve(path.dirname(fileURLToPath(ref.baseUri)), ref.path);
  let real: string;
  try {
    real = await realpath(file);
  } catch {
    return { problem: CLI_TEXT.logoMissing };
  }
  const inside = path.relative(await realpath(modelDir), real);
  if (inside.startsWith('..') || path.isAbsolute(inside)) return { problem: CLI_TEXT.logoOutside };
  try {
    const data = await readFile(real);
    if (data.length > MAX_LOGO_BYTES) return { problem: CLI_TEXT.logoNotPicture };
    const size = imageSize(data);
    const type = size.type === 'png' ? 'png' : size.type === 'jpg' ? 'jpg' : undefined;
    if (!type || !size.width || !size.height) return { problem: CLI_TEXT.logoNotPicture };
    return { data, type, pixelWidth: size.width, pixelHeight: size.height };
  } catch {
    return { problem: CLI_TEXT.logoNotPicture };
  }
}

/** The folder of the model at `modelPath` (a folder, or one of its files). */
export async function modelFolder(modelPath: string): Promise<string> {
  return (await stat(modelPath)).isDirectory() ? modelPath : path.dirname(modelPath);
}

/**
 * The logo `ref` names for the model at `modelPath`, or the error line that says why it cannot be
 * used (where it is written, the path, the reason), as `ppb check` would print it.
 */
export async function modelLogo(ref: LogoRef, modelPath: string, cwd: string, lang: Lang): Promise<Logo | { error: string }> {
  const read = await readLogo(ref, await modelFolder(modelPath));
  if (!('problem' in read)) return read;
  const where = path.relative(cwd, fileURLToPath(ref.baseUri));
  return { error: pick(CLI_TEXT.logoProblem(where, ref.path, read.problem), lang) };
}
