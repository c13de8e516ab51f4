import { PDFDocument, PDFName, type PDFRef } from 'pdf-lib';
import { withPrintableImages } from '../../images/rasterForExport';
import type { ReportDocument } from '../reportDocument';
import { writePages } from './draw/writePages';
import { embedImages } from './images';
import { coverLogo, LOGO_ID } from './layout/cover';
import { FIGURE_BOX } from './layout/figure';
import { layoutSteps } from './layout/layoutReport';
import { writeMetadata } from './metadata';
import { writeOutline } from './outline';
import { writePageLabels } from './pageLabels';
import { Progress, type ProgressListener } from '../progress';
import { serializePdf } from './serializePdf';
import { writeStructTree } from './structure/writeStructTree';
import type { PageLayout } from './layout/types';

export interface RenderOptions {
  onProgress?: ProgressListener;
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
  // Units: one per section laid out, one per page drawn, two to finish (fonts and structure, saving).
  // Pages are unknown until layout ends, so the total starts as an estimate and only grows.
  const progress = new Progress(sections * 2 + 2, onProgress, signal);
  const steps = layoutSteps(report);
  let next = steps.next();
  while (!next.done) {
    await progress.step(`Laying out section ${next.value} of ${sections}`);
    next = steps.next();
  }
  const layout = next.value;
  progress.expect(sections + layout.pages.length + 2);

  const pdf = await PDFDocument.create({ updateMetadata: false });
  markUsedFaces(layout.pages);
  layout.theme.face('heading').used = true;
  const fontRefs = layout.fonts.reserve(pdf);
  const imageNames = new Map<string, string>();
  const logo = coverLogo(report);
  const images = await embedImages(pdf, report, layout.pages, imageNames, new Map(logo ? [[LOGO_ID, logo]] : []), options.onWarning);
  signal?.throwIfAborted();
  const resources = pdf.context.register(
    pdf.context.obj({
      Font: pdf.context.obj(Object.fromEntries(fontRefs)),
      XObject: pdf.context.obj(Object.fromEntries(images)),
    }),
  ) as PDFRef;
  const { outline, tagger } = await writePages(pdf, layout, {
    title: report.meta.title,
    footerText: report.brand.footerText,
    imageNames,
    resources,
    progress,
  });
  layout.fonts.embedDrawn(pdf);
  writeStructTree(pdf, layout.root, tagger);
  writeOutline(pdf, outline);
  writeMetadata(pdf, report.meta, options.created);
  writePageLabels(pdf, layout.frontPages);
  pdf.catalog.set(PDFName.of('PageLayout'), PDFName.of('OneColumn'));
  await progress.step('Embedding fonts and writing the structure tree');
  // Images embedded through pdf-lib are written into the context on flush. No object streams:
  // compressing them costs more time than the size gain is worth.
  await pdf.flush();
  const bytes = serializePdf(pdf.context);
  progress.finish('Saving');
  return bytes;
}
