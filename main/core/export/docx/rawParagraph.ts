import type { FileChild } from 'docx';
import type { DocNode } from '../../../../shared/model';
import type { CitationItem } from '../../../../shared/schema';
import type { DocxContext } from './context';
import { findingLabel } from './inlines';
import { RawBlock, type Xml } from './rawXml';
import { STYLE } from './styleIds';
import { xmlText } from './xmlText';

const MARKS = new Set(['bold', 'italic', 'underline', 'strike']);
const SIMPLE_NODES = new Set(['text', 'hardBreak', 'citation', 'findingRef']);

/** Whether the paragraph's content is of the kinds a raw paragraph writes. */
export function isSimpleContent(nodes: DocNode[]): boolean {
  return nodes.every((n) => SIMPLE_NODES.has(n.type) && (n.marks ?? []).every((m) => MARKS.has(m.type)));
}

// Elements in the order the schema (CT_RPr) sets and docx writes them.
function run(text: string, marks: DocNode['marks'], style?: string): Xml {
  const props: Xml[] = [];
  if (style) props.push({ 'w:rStyle': { _attr: { 'w:val': style } } });
  const has = (type: string) => marks?.some((m) => m.type === type);
  if (has('bold')) props.push({ 'w:b': {} }, { 'w:bCs': {} });
  if (has('italic')) props.push({ 'w:i': {} }, { 'w:iCs': {} });
  if (has('strike')) props.push({ 'w:strike': {} });
  if (has('underline')) props.push({ 'w:u': { _attr: { 'w:val': 'single' } } });
  const t = { 'w:t': [{ _attr: { 'xml:space': 'preserve' } }, xmlText(text)] };
  return { 'w:r': props.length ? [{ 'w:rPr': props }, t] : [t] };
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
