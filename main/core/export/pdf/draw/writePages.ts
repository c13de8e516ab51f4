import { PDFArray, PDFName, PDFNumber, PDFRawStream, type PDFDocument, type PDFRef } from 'pdf-lib';
import { FRAME, PAGE } from '../layout/theme';
import type { LinkTarget, PageLayout } from '../layout/types';
import type { ReportLayout } from '../layout/layoutReport';
import type { OutlineEntry } from '../outline';
import { pageLabel } from '../pageLabels';
import { deflate } from '../deflate';
import { bytes, num, RawObject, ref, text } from '../pdfSyntax';
import type { Progress } from '../../progress';
import type { StructNode } from '../structure/structNode';
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
  progress: Progress;
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
 * Creates the pages: content streams written as bytes and compressed once,
 * link annotations, and the tagging bookkeeping. Returns the outline entries
 * with their destinations, and the tagger for the structure tree.
 */
export async function writePages(pdf: PDFDocument, layout: ReportLayout, options: WriteOptions): Promise<{ outline: OutlineEntry[]; tagger: Tagger }> {
  const { context } = pdf;
  // Page objects are written directly as raw syntax under the document's page tree: pdf-lib's
  // addPage inserts each leaf through its tree-balancing code, which cost more than drawing a page.
  const tree = pdf.catalog.Pages();
  const treeRef = pdf.catalog.get(PDFName.of('Pages')) as PDFRef;
  const refs = layout.pages.map(() => context.nextRef());
  const kids = PDFArray.withContext(context);
  for (const r of refs) kids.push(r);
  tree.set(PDFName.of('Kids'), kids);
  tree.set(PDFName.of('Count'), PDFNumber.of(refs.length));
  const anchors = anchorPositions(layout.pages);
  const dest = (page: number, top: number) => `[${ref(refs[page] as PDFRef)} /XYZ ${FRAME.left - 10} ${num(PAGE.height - top + 6)} null]`;
  const tagger = new Tagger();
  const bodyCount = layout.pages.length - layout.frontPages;
  const outline: OutlineEntry[] = [];
  const out = new ContentStream();
  let annots: PDFRef[] = [];
  let pageRef = refs[0] as PDFRef;

  const addLink = (node: StructNode, rect: [number, number, number, number], target: LinkTarget, label: string) => {
    let action: string;
    if ('uri' in target) action = `/A <</S /URI /URI ${bytes(target.uri)}>>`;
    else {
      const at = anchors.get(target.anchor);
      if (!at) return;
      action = `/Dest ${dest(at.page, at.top)}`;
    }
    const annot = context.nextRef();
    const key = tagger.annotation(node, annot);
    context.assign(
      annot,
      new RawObject(`<</Type /Annot /Subtype /Link /Rect [${rect.map(num).join(' ')}] /Border [0 0 0] /F 4 /StructParent ${key} /P ${ref(pageRef)} /Contents ${text(label)} ${action}>>`),
    );
    annots.push(annot);
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

  for (let index = 0; index < layout.pages.length; index++) {
    const pageLayout = layout.pages[index] as PageLayout;
    pageRef = refs[index]!;
    annots = [];
    const structKey = tagger.beginPage(pageRef);
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
    const compressed = deflate(out.bytes());
    const stream = PDFRawStream.of(context.obj({ Filter: 'FlateDecode', Length: compressed.length }), compressed);
    let page = `<</Type /Page /Parent ${ref(treeRef)} /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] /Contents ${ref(context.register(stream))}`;
    page += ` /Resources ${ref(options.resources)} /StructParents ${structKey} /Tabs /S`;
    if (annots.length) page += ` /Annots [${annots.map(ref).join(' ')}]`;
    context.assign(pageRef, new RawObject(`${page}>>`));
    await options.progress.step(`Drawing page ${index + 1} of ${layout.pages.length}`);
  }
  return { outline, tagger };
}
