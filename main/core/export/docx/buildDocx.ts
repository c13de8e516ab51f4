import { Document, NumberFormat, type FileChild } from 'docx';
import { brandLogo } from '../../brand/brandLogo';
import { withPrintableImages } from '../../images/rasterForExport';
import { headingPages } from '../pdf/layout/headingPages';
import type { ReportDocument } from '../reportDocument';
import { bibliographyBlocks, referencesSectionId } from './bibliography';
import { ReviewComments } from './comments';
import type { DocxContext } from './context';
import { coverBlocks } from './cover';
import { FIGURE_BOX } from './figures';
import { embedFonts } from './embedFonts';
import { fontTableXml } from './fontTable';
import { Footnotes } from './footnotes';
import { footnoteMarkEdits } from './footnoteMarks';
import { footnoteSeparatorEdit } from './footnoteSeparator';
import { contentsPageNumber, headerAndFooter, reportPageNumber } from './headerFooter';
import { ListNumbering } from './lists';
import { packDocx } from './packDocx';
import { coreProperties, corePropertiesXml } from './properties';
import { sectionBlocks } from './sectionBlocks';
import { documentStyles } from './styles';
import { docxTheme, PAGE_PROPERTIES as page } from './theme';
import { TableOfContentsEntries } from './toc';
import { Progress, type ProgressListener } from '../progress';
import { widowControlEdit } from './widowControl';

export interface BuildOptions {
  reviewCopy?: boolean;
  /** Called after each report section is laid out, and once more when the file is packed. */
  onProgress?: ProgressListener;
  signal?: AbortSignal;
  /** Told of each problem that did not stop the export (an image that could not be converted, a font that may not be embedded). */
  onWarning?: (message: string) => void;
}

/** The report as DOCX bytes: cover, contents, numbered sections, bibliography; comments for a review copy. */
export async function buildDocx(source: ReportDocument, options: BuildOptions = {}): Promise<Buffer> {
  const report = await withPrintableImages(source, FIGURE_BOX, options.onWarning);
  const theme = docxTheme(report.brand);
  const printed = headingPages(report, options.signal);
  const ctx: DocxContext = { report, theme, footnotes: new Footnotes(), lists: new ListNumbering(theme), toc: new TableOfContentsEntries(printed.headings), figureCount: 0 };
  const review = options.reviewCopy ? new ReviewComments(report.comments) : null;
  const sections = report.sections.length;
  const progress = new Progress(sections + 1, options.onProgress, options.signal);
  const body: FileChild[] = [];
  const referencesSection = referencesSectionId(ctx);
  for (const [i, section] of report.sections.entries()) {
    body.push(...sectionBlocks(ctx, section, review));
    if (section.id === referencesSection) body.push(...bibliographyBlocks(ctx, false));
    await progress.step(`Writing section ${i + 1} of ${sections}`);
  }
  if (!referencesSection) body.push(...bibliographyBlocks(ctx, true));
  const props = coreProperties(report);
  const families = [report.brand.fonts.heading, report.brand.fonts.body];
  const overrides = [
    { path: 'docProps/core.xml', data: corePropertiesXml(props) },
    { path: 'word/fontTable.xml', data: fontTableXml(families) },
  ];
  const document = new Document({
    ...props,
    styles: documentStyles(theme),
    numbering: ctx.lists.config(),
    footnotes: ctx.footnotes.options(),
    ...(review ? { comments: review.options() } : {}),
    // Numbered as the PDF's pages: the cover bare (i), the contents on from ii, the report's pages again from 1.
    sections: [
      { properties: { page }, children: coverBlocks(ctx, brandLogo(report.brand, report.assets)) },
      { properties: { page: { ...page, pageNumbers: { formatType: NumberFormat.LOWER_ROMAN } } }, ...headerAndFooter(ctx, contentsPageNumber()), children: ctx.toc.blocks() },
      { properties: { page: { ...page, pageNumbers: { start: 1, formatType: NumberFormat.DECIMAL } } }, ...headerAndFooter(ctx, reportPageNumber(printed.reportPages)), children: body },
    ],
  });
  options.signal?.throwIfAborted();
  // The fonts are embedded once the parts are written, which tell which faces the text is set in.
  const bytes = await packDocx(document, overrides, [footnoteSeparatorEdit, widowControlEdit, ...footnoteMarkEdits(theme.primary)], [embedFonts(families, options.onWarning)]);
  progress.finish('Written');
  return bytes;
}
