import { deflateSync } from 'node:zlib';
import { PDFArray, PDFHexString, PDFName, PDFRawStream, PDFString, type PDFDocument, type PDFObject, type PDFRef } from 'pdf-lib';
import { FRAME, PAGE } from '../layout/theme';
import type { LinkTarget, PageLayout } from '../layout/types';
import type { ReportLayout } from '../layout/layoutReport';
import type { OutlineEntry } from '../outline';
import { pageLabel } from '../pageLabels';
import { Tagger } from '../structure/tagger';
import { ContentStream } from './contentStream';
import type { DrawEnv } from './drawEnv';
import { drawPageBody } from './drawPage';
import { drawFurniture } from './furniture';

export interface WriteOptions {
  title: string;
  footerText: string;
  imageNames: Map<string, string>;
  resources: PDFRef;
  onPage: (done: number) => void;
  signal?: AbortSignal;
}

/** Where every anchor landed: page index and top (top-down points). */
function anchorPositions(pages: PageLayout[]): Map<string, { page: number; top: number }> {
  const at = new Map<string, { page: number; top: number }>();
  pages.forEach((p, page) => {
    for (const { slice, top, artifact } of p.slices) if (!artifact) for (const a of slice.anchors ?? []) at.set(a, { page, top });
    for (const { block, top } of p.footnotes) at.set(block.anchor, { page, top });
  });
  return at;
}

/**
 * Creates the pages: content streams written as strings and compressed once,
 * link annotations, and the tagging bookkeeping. Returns the outline entries
 * with their destinations, and the tagger for the structure tree.
 */
export function writePages(pdf: PDFDocument, layout: ReportLayout, options: WriteOptions): { outline: OutlineEntry[]; tagger: Tagger } {
  const { context } = pdf;
  const pages = layout.pages.map(() => pdf.addPage([PAGE.width, PAGE.height]));
  const refs = pages.map((p) => p.ref);
  const anchors = anchorPositions(layout.pages);
  const dest = (page: number, top: number) => context.obj([refs[page] as PDFRef, PDFName.of('XYZ'), FRAME.left - 10, PAGE.height - top + 6, null]);
  const tagger = new Tagger();
  const bodyCount = layout.pages.length - layout.frontPages;
  const outline: OutlineEntry[] = [];
  const out = new ContentStream();

  layout.pages.forEach((pageLayout, index) => {
    options.signal?.throwIfAborted();
    const page = pages[index]!;
    const annots: PDFRef[] = [];
    const addLink = (node: Parameters<DrawEnv['addLink']>[0], rect: [number, number, number, number], target: LinkTarget, label: string) => {
      let action: Record<string, PDFObject>;
      if ('uri' in target) action = { A: context.obj({ S: 'URI', URI: PDFString.of(target.uri) }) };
      else {
        const at = anchors.get(target.anchor);
        if (!at) return;
        action = { Dest: dest(at.page, at.top) };
      }
      const ref = context.nextRef();
      const key = tagger.annotation(node, ref);
      const annot = context.obj({ Type: 'Annot', Subtype: 'Link', Rect: rect, Border: [0, 0, 0], F: 4, StructParent: key, P: page.ref });
      annot.set(PDFName.of('Contents'), PDFHexString.fromText(label));
      for (const [k, v] of Object.entries(action)) annot.set(PDFName.of(k), v);
      context.assign(ref, annot);
      annots.push(ref);
    };
    const env: DrawEnv = {
      theme: layout.theme,
      tagger,
      pageLabelOf: (anchor) => {
        const at = anchors.get(anchor);
        return at ? pageLabel(at.page, layout.frontPages) : '';
      },
      imageName: (id) => options.imageNames.get(id),
      addLink,
    };
    const structKey = tagger.beginPage(page.ref);
    out.reset();
    if (!pageLayout.bare) {
      const pageText = index >= layout.frontPages ? `Page ${index - layout.frontPages + 1} of ${bodyCount}` : pageLabel(index, layout.frontPages);
      drawFurniture(out, layout.theme, { title: options.title, chapter: pageLayout.chapter, footerText: options.footerText, pageText });
    }
    drawPageBody(out, pageLayout, env);
    for (const { slice, top, artifact } of pageLayout.slices) {
      if (artifact) continue;
      for (const mark of slice.outline ?? []) outline.push({ ...mark, dest: dest(index, top) });
    }
    // Level 2: content streams are repetitive operators; higher levels cost time for a few per cent of size.
    const bytes = deflateSync(out.bytes(), { level: 2 });
    const stream = PDFRawStream.of(context.obj({ Filter: 'FlateDecode', Length: bytes.length }), bytes);
    page.node.set(PDFName.of('Contents'), context.register(stream));
    page.node.set(PDFName.of('Resources'), options.resources);
    page.node.set(PDFName.of('StructParents'), context.obj(structKey));
    page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
    if (annots.length) page.node.set(PDFName.of('Annots'), context.obj(annots) as PDFArray);
    options.onPage(index + 1);
  });
  return { outline, tagger };
}
