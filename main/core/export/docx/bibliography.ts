import { HeadingLevel, Paragraph, TextRun, type FileChild } from 'docx';
import type { DocxContext } from './context';
import { REFERENCES_HEADING } from '../pdf/layout/headingPages';
import { rawRun } from './rawRun';
import { attrs, RawBlock, type Xml } from './rawXml';
import { STYLE } from './styleIds';
import type { BibliographyEntry } from '../../citations/citationIndex';

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
  const numbered = style === 'vancouver';
  // The PDF's hang: 24 pt for numbers, 14 pt for alphabetical entries.
  const indent = numbered ? { left: 480, hanging: 480 } : { left: 280, hanging: 280 };
  return [
    ...(heading ? [new Paragraph({ heading: HeadingLevel.HEADING_1, children: ctx.toc.heading(REFERENCES_HEADING, 'References', 1, [new TextRun('References')]) })] : []),
    ...bibliography.map((entry, i) => {
      // As docx writes a Paragraph with this style, indent and runs.
      const xml = { 'w:p': [{ 'w:pPr': [{ 'w:pStyle': attrs({ 'w:val': STYLE.bibliography }) }, { 'w:ind': attrs({ 'w:left': indent.left, 'w:hanging': indent.hanging }) }] }, ...entryRuns(entry, numbered ? i + 1 : undefined)] };
      return new RawBlock('w:p', () => xml);
    }),
  ];
}

/**
 * An entry as the style formats it (italic titles and the like); in a numbered
 * style its number hangs at the margin, followed by a tab to the text.
 */
function entryRuns(entry: BibliographyEntry, position: number | undefined): Xml[] {
  const segments = entry.segments?.length ? entry.segments : [{ text: entry.text }];
  const runs = segments.map((segment, i) => {
    let text = segment.text;
    if (i === 0 && entry.number !== undefined) text = text.replace(`${entry.number}. `, `${entry.number}.\t`);
    return rawRun(text, segment);
  });
  // An engine that does not number entries itself, in a numbered style.
  if (entry.number === undefined && position !== undefined && !NUMBERED.test(entry.text)) runs.unshift(rawRun(`${position}.\t`));
  return runs;
}
