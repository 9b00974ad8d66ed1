import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun } from 'docx';
import type { IRunOptions } from 'docx';
import { xmlText } from '../../service';

/** What the Word writers share: units, borders, text runs, the draft's mark. */

/** Millimetres in twentieths of a point, Word's unit of length. */
export const twips = (mm: number): number => Math.round((mm * 1440) / 25.4);

export const SINGLE = { line: 240, lineRule: LineRuleType.AUTO } as const;

export const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

/** Text in runs, a line break for each line feed. */
export function runsOf(
  text: string,
  style: Pick<IRunOptions, 'bold' | 'italics' | 'underline' | 'allCaps' | 'size' | 'break'> = {},
): TextRun[] {
  return xmlText(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line, i) => new TextRun({ ...style, text: line, break: i === 0 ? style.break : 1 }));
}

/** DRAF, in red capitals, centred. */
export function draftMark(size: number): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0, ...SINGLE },
    children: [new TextRun({ text: 'DRAF', bold: true, color: 'C00000', size, characterSpacing: 60 })],
  });
}
