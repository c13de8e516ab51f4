import type { FileChild } from 'docx';
import type { DocNode } from '../../../../shared/model';
import type { CitationItem } from '../../../../shared/schema';
import type { DocxContext } from './context';
import { findingLabel } from './inlines';
import { rawRun } from './rawRun';
import { RawBlock, type Xml } from './rawXml';
import { STYLE } from './styleIds';

const MARKS = new Set(['bold', 'italic', 'underline', 'strike']);
const SIMPLE_NODES = new Set(['text', 'hardBreak', 'citation', 'findingRef']);

/** Whether the paragraph's content is of the kinds a raw paragraph writes. */
export function isSimpleContent(nodes: DocNode[]): boolean {
  return nodes.every((n) => SIMPLE_NODES.has(n.type) && (n.marks ?? []).every((m) => MARKS.has(m.type)));
}

function run(text: string, marks: DocNode['marks'], style?: string): Xml {
  const has = (type: string) => marks?.some((m) => m.type === type);
  return rawRun(text, { style, bold: has('bold'), italic: has('italic'), strike: has('strike'), underline: has('underline') });
}

const LINE_BREAK = { 'w:r': [{ 'w:br': {} }] };

/**
 * A paragraph of simple content (see isSimpleContent) in the given style, written
 * as the XML docx's own Paragraph would produce: a styled paragraph of plain or
 * bold/italic/underlined/struck text, line breaks, citations and finding
 * references, nine paragraphs in ten. Anything else (links, footnotes, list
 * numbers, comment ranges) goes through docx.
 */
export function rawParagraph(ctx: DocxContext, nodes: DocNode[], style: string | undefined): FileChild {
  const children: Xml[] = [];
  if (style) children.push({ 'w:pPr': [{ 'w:pStyle': { _attr: { 'w:val': style } } }] });
  for (const node of nodes) {
    if (node.type === 'text') children.push(run(node.text ?? '', node.marks));
    else if (node.type === 'hardBreak') children.push(LINE_BREAK);
    else if (node.type === 'citation') children.push(run(ctx.report.citations.label((node.attrs?.items as CitationItem[]) ?? []), undefined, STYLE.citation));
    else children.push(run(findingLabel(ctx, node), undefined, STYLE.findingRef));
  }
  const xml = { 'w:p': children.length ? children : {} };
  return new RawBlock('w:p', () => xml);
}
