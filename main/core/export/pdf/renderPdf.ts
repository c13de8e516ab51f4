import { PDFDocument, PDFName, type PDFRef } from 'pdf-lib';
import { withPrintableImages } from '../../images/rasterForExport';
import type { ReportDocument } from '../reportDocument';
import { writePages } from './draw/writePages';
import { embedImages } from './images';
import { coverLogo, LOGO_ID } from './layout/cover';
import { FIGURE_BOX } from './layout/figure';
import { layoutReport } from './layout/layoutReport';
import { writeMetadata } from './metadata';
import { writeOutline } from './outline';
import { writePageLabels } from './pageLabels';
import { writeStructTree } from './structure/writeStructTree';
import type { PageLayout } from './layout/types';

export interface RenderOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Fixed creation date, for reproducible output in tests. */
  created?: Date;
  /** Told of each problem that did not stop the export (an image that could not be converted). */
  onWarning?: (message: string) => void;
}

/** Marks every face that some line draws, so only those are embedded. */
function markUsedFaces(pages: PageLayout[]): void {
  for (const page of pages) {
    const slices = [...page.slices.map((p) => p.slice), ...page.footnotes.flatMap((f) => f.block.slices)];
    for (const slice of slices) for (const item of slice.items) if (item.kind === 'text') for (const piece of item.pieces) piece.style.face.used = true;
  }
}

/** Lays out and writes the report as PDF bytes: tagged, with outline, links, metadata and page labels. */
export async function renderPdf(source: ReportDocument, options: RenderOptions = {}): Promise<Uint8Array> {
  const { onProgress, signal } = options;
  const report = await withPrintableImages(source, FIGURE_BOX, options.onWarning);
  const sections = report.sections.length;
  // Units: one per section laid out, one per page written, one for saving. Pages are
  // unknown until layout ends, so the total starts as an estimate and only grows.
  let total = sections * 2 + 1;
  const layout = layoutReport(report, (done) => onProgress?.(done, total), signal);
  total = Math.max(total, sections + layout.pages.length + 1);

  const pdf = await PDFDocument.create({ updateMetadata: false });
  markUsedFaces(layout.pages);
  layout.theme.face('heading').used = true;
  const fontRefs = layout.fonts.reserve(pdf);
  const imageNames = new Map<string, string>();
  const logo = coverLogo(report);
  const images = await embedImages(pdf, report, layout.pages, imageNames, new Map(logo ? [[LOGO_ID, logo]] : []));
  signal?.throwIfAborted();
  const resources = pdf.context.register(
    pdf.context.obj({
      Font: pdf.context.obj(Object.fromEntries(fontRefs)),
      XObject: pdf.context.obj(Object.fromEntries(images)),
    }),
  ) as PDFRef;
  const { outline, tagger } = writePages(pdf, layout, {
    title: report.meta.title,
    footerText: report.brand.footerText,
    imageNames,
    resources,
    onPage: (done) => onProgress?.(sections + done, total),
    signal,
  });
  layout.fonts.embedDrawn(pdf);
  writeStructTree(pdf, layout.root, tagger);
  writeOutline(pdf, outline);
  writeMetadata(pdf, report.meta, options.created);
  writePageLabels(pdf, layout.frontPages);
  pdf.catalog.set(PDFName.of('PageLayout'), PDFName.of('OneColumn'));
  // No object streams: pdf-lib compresses them with pako, slower than the size gain is worth; no yielding every 50 objects.
  const bytes = await pdf.save({ useObjectStreams: false, objectsPerTick: Infinity });
  onProgress?.(total, total);
  return bytes;
}
