import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { PDFDocument, rgb } from 'pdf-lib';
import type { DocNode } from '../../../../shared/model';
import { fontFile } from '../../brand/fontFiles';
import type { Project } from '../../store/project';
import { loadReportDocument } from '../reportDocument';
import { writeAtomic } from '../writeAtomic';

export interface PdfExportOptions {
  /** Brand name; default: the project's own brand. */
  brandName?: string;
  /** Called as pages are laid out and written, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting stops the export before anything is written. */
  signal?: AbortSignal;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 60;

function plain(node: DocNode): string {
  if (node.type === 'text') return node.text ?? '';
  return (node.content ?? []).map(plain).join(node.type === 'doc' ? '\n' : '');
}

/** Writes the report as a PDF at outPath, atomically; the project is only read. */
export async function exportPdf(project: Project, outPath: string, options: PdfExportOptions = {}): Promise<void> {
  const report = loadReportDocument(project, { brandName: options.brandName });
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(readFileSync(fontFile(report.brand.fonts.body, 'regular')), { subset: true });
  let page = pdf.addPage(A4);
  let y = A4[1] - MARGIN;
  const width = A4[0] - 2 * MARGIN;
  const line = (text: string, size: number) => {
    const words = text.split(/\s+/).filter(Boolean);
    let current = '';
    const flush = () => {
      if (y < MARGIN) {
        page = pdf.addPage(A4);
        y = A4[1] - MARGIN;
      }
      page.drawText(current, { x: MARGIN, y, size, font, color: rgb(0, 0, 0) });
      y -= size * 1.4;
      current = '';
    };
    for (const word of words) {
      const next = current ? `${current} ${word}` : word;
      if (current && font.widthOfTextAtSize(next, size) > width) flush();
      current = current ? `${current} ${word}` : word;
    }
    if (current) flush();
  };
  line(report.meta.title, 20);
  report.sections.forEach((section, i) => {
    options.signal?.throwIfAborted();
    line(`${section.number} ${section.title}`, 14);
    for (const block of section.content.content ?? []) line(plain(block), 10);
    options.onProgress?.(i + 1, report.sections.length);
  });
  pdf.setTitle(report.meta.title);
  writeAtomic(outPath, await pdf.save());
}
