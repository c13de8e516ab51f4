import { FileChild } from 'docx';
import type { DocNode } from '../../../../shared/model';
import type { CitationItem } from '../../../../shared/schema';
import type { DocxContext } from './context';
import { findingLabel } from './inlines';
import { STYLE } from './styleIds';
import { xmlText } from './xmlText';

type Xml = Record<string, unknown>;

/**
 * A paragraph written as the XML object docx's own Paragraph would produce, for the
 * commonest case: a styled paragraph of plain or bold/italic/underlined/struck
 * text, citations and finding references. docx builds a dozen objects per run and
 * walks them again to write them; skipping that takes about a sixth off the export
 * of the 100-section report (nine paragraphs in ten are of this kind). Anything
 * else (links, footnotes, breaks, list numbers, comment ranges) goes through docx.
 */
class RawParagraph extends FileChild {
  constructor(private readonly xml: Xml) {
    super('w:p');
  }

  override prepForXml(): Xml {
    return this.xml;
  }
}

const MARKS = new Set(['bold', 'italic', 'underline', 'strike']);
const SIMPLE_NODES = new Set(['text', 'citation', 'findingRef']);

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

/** A paragraph of simple content (see isSimpleContent) in the given style. */
export function rawParagraph(ctx: DocxContext, nodes: DocNode[], style: string | undefined): FileChild {
  const children: Xml[] = [];
  if (style) children.push({ 'w:pPr': [{ 'w:pStyle': { _attr: { 'w:val': style } } }] });
  for (const node of nodes) {
    if (node.type === 'text') children.push(run(node.text ?? '', node.marks));
    else if (node.type === 'citation') children.push(run(ctx.report.citations.label((node.attrs?.items as CitationItem[]) ?? []), undefined, STYLE.citation));
    else children.push(run(findingLabel(ctx, node), undefined, STYLE.findingRef));
  }
  return new RawParagraph({ 'w:p': children.length ? children : {} });
}
