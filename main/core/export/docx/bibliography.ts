import { HeadingLevel, Paragraph, TextRun, type FileChild } from 'docx';
import type { DocxContext } from './context';
import { STYLE } from './styleIds';

/** Vancouver entries are numbered; the citation engine may or may not have put the number in the text. */
const NUMBERED = /^\s*\[?\d+[.\])]/;

/** The bibliography of what the report cites, as an unnumbered top-level heading and hanging-indented entries. */
export function bibliographyBlocks(ctx: DocxContext): FileChild[] {
  const { bibliography, style } = ctx.report.citations;
  if (!bibliography.length) return [];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('References')] }),
    ...bibliography.map((entry, i) => {
      const text = style === 'vancouver' && !NUMBERED.test(entry.text) ? `${i + 1}.\t${entry.text}` : entry.text;
      return new Paragraph({ style: STYLE.bibliography, children: [new TextRun(text)] });
    }),
  ];
}
