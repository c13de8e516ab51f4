import { Paragraph, TextRun, type FileChild } from 'docx';
import type { DocNode, SafetyItemKind } from '../../../../shared/model';
import { box, GAP_ABOVE, spacer } from './boxes';
import type { BlockScope, DocxContext } from './context';
import { STYLE } from './styleIds';
import { xmlText } from './xmlText';

export const SAFETY_ITEM_LABEL: Record<SafetyItemKind, string> = {
  recommendation: 'Safety recommendation',
  observation: 'Safety observation',
  action: 'Safety action',
};

/** A safety item from the register, boxed: its kind and code, its text, whom it is addressed to, its finding. */
export function safetyItemBlocks(ctx: DocxContext, node: DocNode, scope: BlockScope): FileChild[] {
  const item = ctx.report.safetyItems.get(String(node.attrs?.safetyItemId ?? ''));
  const look = { fill: ctx.theme.accent, edge: ctx.theme.primary };
  if (!item) {
    return [spacer(GAP_ABOVE), box([new Paragraph({ style: STYLE.safetyItemText, children: [new TextRun({ text: '[Safety item missing from the register]', italics: true })] })], scope.width, look), spacer()];
  }
  const children = [
    new Paragraph({ style: STYLE.safetyItemTitle, children: [new TextRun(`${SAFETY_ITEM_LABEL[item.kind]} ${item.code}`.trim())] }),
    ...xmlText(item.text)
      .split(/\n+/)
      .filter((line) => line.trim())
      .map((line) => new Paragraph({ style: STYLE.safetyItemText, children: [new TextRun(line)] })),
  ];
  if (item.addressee.trim()) {
    children.push(new Paragraph({ style: STYLE.safetyItemMeta, children: [new TextRun({ text: 'Addressed to: ', bold: true }), new TextRun(item.addressee)] }));
  }
  const finding = item.findingId ? ctx.report.findings.get(item.findingId) : undefined;
  if (finding) {
    children.push(new Paragraph({ style: STYLE.safetyItemMeta, children: [new TextRun({ text: 'Finding: ', bold: true }), new TextRun(`${finding.code} ${finding.title}`.trim())] }));
  }
  return [spacer(GAP_ABOVE), box(children, scope.width, look), spacer()];
}
