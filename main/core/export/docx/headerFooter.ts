import { AlignmentType, Footer, Header, PageNumber, Paragraph, SimpleField, TabStopType, TextRun, type ParagraphChild } from 'docx';
import type { DocxContext } from './context';
import { STYLE } from './styleIds';
import { PAGE } from './theme';

/** The contents' page number as the PDF prints it: bare, in the roman numbering their section sets (the cover counts as i). */
export const contentsPageNumber = (): ParagraphChild[] => [new TextRun({ children: [PageNumber.CURRENT] })];

/**
 * "Page X of Y" as the PDF prints it on the report's pages: X from 1 (their
 * section restarts the numbering), Y counting the pages of that section only.
 * Word works SECTIONPAGES out as it lays the pages out; LibreOffice (7.x) does
 * not know the field and shows its result, so the result is written with
 * `count`, the number of pages the PDF engine lays the report's pages out on.
 */
export const reportPageNumber = (count: number): ParagraphChild[] => [
  new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of '] }),
  new SimpleField('SECTIONPAGES', String(count)),
];

/** The running header (report title) and footer (brand footer text, then `pageNumber` at the right margin). */
export function headerAndFooter(ctx: DocxContext, pageNumber: ParagraphChild[]): { headers: { default: Header }; footers: { default: Footer } } {
  const { meta, brand } = ctx.report;
  const header = new Header({
    children: [new Paragraph({ style: STYLE.header, alignment: AlignmentType.RIGHT, children: [new TextRun(meta.title)] })],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        tabStops: [{ type: TabStopType.RIGHT, position: PAGE.textWidth }],
        children: [new TextRun(brand.footerText), new TextRun('\t'), ...pageNumber],
      }),
    ],
  });
  return { headers: { default: header }, footers: { default: footer } };
}
