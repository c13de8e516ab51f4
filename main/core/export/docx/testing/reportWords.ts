import type { DocNode } from '../../../../../shared/model';
import type { CitationItem } from '../../../../../shared/schema';
import type { ReportDocument } from '../../reportDocument';

/** Words as compared with a PDF's text: runs of letters or of digits (a footnote mark sticks to its word there), ligatures folded. */
export const words = (text: string) => text.normalize('NFKC').match(/\p{L}+|\p{N}+/gu) ?? [];

/**
 * A word expected in order, or the words of a table: pdftotext reads a table with
 * cells merged down rows column by column, so those are expected together, in
 * any order, between what comes before and after the table.
 */
export type Expected = string | { table: string[] };

/**
 * The words of a report in reading order, as the DOCX should show them: titles,
 * numbered headings, text with citation labels and finding codes, safety items,
 * captions, the bibliography. Footnote text goes to the foot of the page, so it is
 * returned apart.
 */
export function reportWords(report: ReportDocument): { inOrder: Expected[]; footnotes: Expected[] } {
  const inOrder: Expected[] = [...words(report.meta.title), ...words(report.meta.subtitle)];
  const footnotes: Expected[] = [];
  const visit = (node: DocNode, into: Expected[]) => {
    switch (node.type) {
      case 'table': {
        const cells: Expected[] = [];
        node.content?.forEach((child) => visit(child, cells));
        into.push({ table: cells.flatMap((e) => (typeof e === 'string' ? [e] : e.table)) });
        return;
      }
      case 'text':
        into.push(...words(node.text ?? ''));
        return;
      case 'footnote':
        node.content?.forEach((child) => visit(child, footnotes));
        return;
      case 'citation':
        into.push(...words(report.citations.label((node.attrs?.items as CitationItem[]) ?? [])));
        return;
      case 'findingRef':
        into.push(...words(report.findings.get(String(node.attrs?.findingId))?.code ?? ''));
        return;
      case 'safetyItemBlock': {
        const item = report.safetyItems.get(String(node.attrs?.safetyItemId));
        if (item) into.push(...words(`${item.code} ${item.addressee} ${item.text}`));
        return;
      }
      case 'figure':
        into.push(...words(String(node.attrs?.caption ?? '')));
        return;
      default:
        node.content?.forEach((child) => visit(child, into));
    }
  };
  for (const section of report.sections) {
    inOrder.push(...words(`${section.number} ${section.title}`));
    visit(section.content, inOrder);
  }
  for (const entry of report.citations.bibliography) inOrder.push(...words(entry.text));
  return { inOrder, footnotes };
}

/**
 * The words of `expected` that do not appear, in order, in `actual` (extra words in
 * between are fine). Words are matched in the PDF's text run together, because
 * pdftotext joins a word broken at a hyphen with the next line (URLs, compounds).
 */
export function missingInOrder(actual: string[], expected: Expected[]): string[] {
  const text = actual.join('');
  const missing: string[] = [];
  let at = 0;
  for (const item of expected) {
    let next = at;
    for (const word of typeof item === 'string' ? [item] : item.table) {
      const found = text.indexOf(word, at);
      if (found < 0) missing.push(word);
      else next = Math.max(next, found + word.length);
    }
    at = next;
  }
  return missing;
}
