import { HeadingLevel, Paragraph, TextRun, type FileChild } from 'docx';
import type { DocxContext } from './context';
import { STYLE } from './styleIds';

/** Vancouver entries are numbered; the citation engine may or may not have put the number in the text. */
const NUMBERED = /^\s*\[?\d+[.\])]/;

const REFERENCES_TITLE = /^\s*(references|bibliography|reference list)\s*$/i;

/** The section the writers made for the references, if any: the bibliography goes at its end. */
export const referencesSectionId = (ctx: DocxContext) =>
  [...ctx.report.sections].reverse().find((s) => REFERENCES_TITLE.test(s.title))?.id ?? null;

/**
 * The bibliography of what the report cites, as hanging-indented entries; with
 * `heading`, under an unnumbered top-level "References" heading of its own (when
 * the report has no references section to hold it).
 */
export function bibliographyBlocks(ctx: DocxContext, heading: boolean): FileChild[] {
  const { bibliography, style } = ctx.report.citations;
  if (!bibliography.length) return [];
  return [
    ...(heading ? [new Paragraph({ heading: HeadingLevel.HEADING_1, children: ctx.toc.heading('References', 1, [new TextRun('References')]) })] : []),
    ...bibliography.map((entry, i) => {
      const text = style === 'vancouver' && !NUMBERED.test(entry.text) ? `${i + 1}.\t${entry.text}` : entry.text;
      return new Paragraph({ style: STYLE.bibliography, children: [new TextRun(text)] });
    }),
  ];
}
