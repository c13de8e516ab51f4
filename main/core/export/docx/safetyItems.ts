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

/**
 * A safety item from the register, boxed as the PDF draws it: code and kind,
 * whom it is addressed to, then its text. The finding it answers is cited in
 * the text around the box, so the box does not repeat it.
 */
export function safetyItemBlocks(ctx: DocxContext, node: DocNode, scope: BlockScope): FileChild[] {
  const item = ctx.report.safetyItems.get(String(node.attrs?.safetyItemId ?? ''));
  const look = { fill: ctx.theme.accent, edge: ctx.theme.primary };
  if (!item) {
    return [spacer(GAP_ABOVE), box([paragraph(STYLE.safetyItemText, rawRun('Safety item missing from the register.'))], scope.width, look), spacer()];
  }
  const children = [paragraph(STYLE.safetyItemTitle, rawRun(`${item.code || 'Uncoded'}  ${SAFETY_ITEM_LABEL[item.kind]}`))];
  if (item.addressee.trim()) children.push(paragraph(STYLE.safetyItemMeta, rawRun(`Addressed to: ${item.addressee}`)));
  children.push(
    ...xmlText(item.text)
      .split(/\n+/)
      .filter((line) => line.trim())
      .map((line) => paragraph(STYLE.safetyItemText, rawRun(line))),
  );
  return [spacer(GAP_ABOVE), box(children, scope.width, look), spacer()];
}
