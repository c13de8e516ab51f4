import { AlignmentType, Footer, Header, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';
import type { DocxContext } from './context';
import { STYLE } from './styleIds';
import { PAGE } from './theme';

/** The running header (report title) and footer (brand footer text, "Page X of Y") of the report's pages. */
export function headerAndFooter(ctx: DocxContext): { headers: { default: Header }; footers: { default: Footer } } {
  const { meta, brand } = ctx.report;
  const header = new Header({
    children: [new Paragraph({ style: STYLE.header, alignment: AlignmentType.RIGHT, children: [new TextRun(meta.title)] })],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        tabStops: [{ type: TabStopType.RIGHT, position: PAGE.textWidth }],
        children: [
          new TextRun(brand.footerText),
          new TextRun({ children: ['\t', 'Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
  return { headers: { default: header }, footers: { default: footer } };
}
