import type { DocNode } from '../../../../../shared/model';
import type { CitationItem } from '../../../../../shared/schema';
import type { ReportDocument } from '../../reportDocument';
import { referencesSectionId } from '../layout/bibliography';
import { words } from './readPdf';

/**
 * The words a reader should find in the PDF, in reading order, from the same
 * model the exporter walks: body text (without footnotes) and, separately,
 * each footnote's words.
 */
export function expectedWords(report: ReportDocument): { body: string[]; footnotes: string[][] } {
  const body: string[] = [];
  const footnotes: string[][] = [];
  const inline = (node: DocNode, into: string[]) => {
    if (node.type === 'text') into.push(...words(node.text ?? ''));
    else if (node.type === 'citation') into.push(...words(report.citations.label((node.attrs?.items as CitationItem[]) ?? [])));
    else if (node.type === 'findingRef') into.push(...words(report.findings.get(String(node.attrs?.findingId))?.code ?? ''));
    else if (node.type === 'footnote') {
      const note: string[] = [];
      node.content?.forEach((c) => inline(c, note));
      footnotes.push(note);
    } else node.content?.forEach((c) => inline(c, into));
  };
  const block = (node: DocNode) => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        node.content?.forEach((c) => inline(c, body));
        break;
      case 'figure':
        body.push(...words(String(node.attrs?.caption ?? '')));
        break;
      case 'safetyItemBlock': {
        const item = report.safetyItems.get(String(node.attrs?.safetyItemId));
        if (item) body.push(...words(item.code), ...words(item.addressee), ...words(item.text));
        break;
      }
      default:
        node.content?.forEach(block);
    }
  };
  const referencesSection = referencesSectionId(report);
  const bibliography = () => report.citations.bibliography.forEach((e) => body.push(...words(e.text)));
  for (const section of report.sections) {
    body.push(...words(section.title));
    section.content.content?.forEach(block);
    if (section.id === referencesSection) bibliography();
  }
  if (!referencesSection) bibliography();
  return { body, footnotes };
}
