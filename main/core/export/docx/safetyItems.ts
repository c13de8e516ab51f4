import type { FileChild } from 'docx';
import { SAFETY_ITEM_LABEL, type DocNode } from '../../../../shared/model';
import { box, GAP_ABOVE, spacer } from './boxes';
import type { BlockScope, DocxContext } from './context';
import { rawRunsParagraph } from './rawParagraph';
import { rawRun } from './rawRun';
import type { Xml } from './rawXml';
import { STYLE } from './styleIds';
import { xmlText } from './xmlText';

const paragraph = (style: string, ...runs: Xml[]) => rawRunsParagraph({ style }, runs);

/** A safety item from the register, boxed: its kind and code, its text, whom it is addressed to, its finding. */
export function safetyItemBlocks(ctx: DocxContext, node: DocNode, scope: BlockScope): FileChild[] {
  const item = ctx.report.safetyItems.get(String(node.attrs?.safetyItemId ?? ''));
  const look = { fill: ctx.theme.accent, edge: ctx.theme.primary };
  if (!item) {
    return [spacer(GAP_ABOVE), box([paragraph(STYLE.safetyItemText, rawRun('[Safety item missing from the register]', { italic: true }))], scope.width, look), spacer()];
  }
  const children = [
    paragraph(STYLE.safetyItemTitle, rawRun(`${SAFETY_ITEM_LABEL[item.kind]} ${item.code}`.trim())),
    ...xmlText(item.text)
      .split(/\n+/)
      .filter((line) => line.trim())
      .map((line) => paragraph(STYLE.safetyItemText, rawRun(line))),
  ];
  if (item.addressee.trim()) {
    children.push(paragraph(STYLE.safetyItemMeta, rawRun('Addressed to: ', { bold: true }), rawRun(item.addressee)));
  }
  const finding = item.findingId ? ctx.report.findings.get(item.findingId) : undefined;
  if (finding) {
    children.push(paragraph(STYLE.safetyItemMeta, rawRun('Finding: ', { bold: true }), rawRun(`${finding.code} ${finding.title}`.trim())));
  }
  return [spacer(GAP_ABOVE), box(children, scope.width, look), spacer()];
}
