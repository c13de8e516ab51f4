import type { FileChild } from 'docx';
import type { DocNode } from '../../../../shared/model';
import type { CitationItem } from '../../../../shared/schema';
import type { DocxContext } from './context';
import { findingLabel } from './inlines';
import { rawRun, type RunLook } from './rawRun';
import { attrs, RawBlock, type Xml } from './rawXml';
import { STYLE } from './styleIds';

const MARKS = new Set(['bold', 'italic', 'underline', 'strike']);
const SIMPLE_NODES = new Set(['text', 'hardBreak', 'citation', 'findingRef']);

/** Whether the paragraph's content is of the kinds a raw paragraph writes. */
export function isSimpleContent(nodes: DocNode[]): boolean {
  return nodes.every((n) => SIMPLE_NODES.has(n.type) && (n.marks ?? []).every((m) => MARKS.has(m.type)));
}

function run(text: string, marks: DocNode['marks'], extra: RunLook): Xml {
  const has = (type: string) => marks?.some((m) => m.type === type);
  return rawRun(text, { ...extra, bold: has('bold'), italic: has('italic'), strike: has('strike'), underline: has('underline') });
}

const LINE_BREAK = { 'w:r': [{ 'w:br': {} }] };

/** How a raw paragraph is set: its style, and its place in a list. */
export interface ParagraphLook {
  style?: string;
  /** The first paragraph of a list item: its list, level and the space above it (twips). */
  numbering?: { reference: string; level: number; instance: number; spaceBefore?: number };
  /** Left indent (twips) of a list item's later paragraphs. */
  indent?: number;
  /** Exact line height (twips), over the style's. */
  line?: number;
  /** Colour and size of all its text, over the style's. */
  run?: Pick<RunLook, 'color' | 'size'>;
}

/** Paragraph properties in the order the schema (CT_PPr) sets and docx writes them. */
function paragraphProperties(look: ParagraphLook): Xml[] {
  const { style, numbering, indent, line } = look;
  const props: Xml[] = [];
  // docx gives a numbered paragraph without a style of its own Word's List Paragraph style.
  if (style || numbering) props.push({ 'w:pStyle': attrs({ 'w:val': style ?? 'ListParagraph' }) });
  if (numbering) {
    // docx writes the list's id as this placeholder and fills it in once every list has one.
    props.push({ 'w:numPr': [{ 'w:ilvl': attrs({ 'w:val': numbering.level }) }, { 'w:numId': attrs({ 'w:val': `{${numbering.reference}-${numbering.instance}}` }) }] });
  }
  const before = numbering?.spaceBefore;
  if (before !== undefined || line !== undefined) {
    props.push({ 'w:spacing': attrs({ ...(before !== undefined ? { 'w:before': before } : {}), ...(line !== undefined ? { 'w:line': line, 'w:lineRule': 'exact' } : {}) }) });
  }
  if (indent) props.push({ 'w:ind': attrs({ 'w:left': indent }) });
  return props;
}

/**
 * A paragraph of simple content (see isSimpleContent), written as the XML docx's
 * own Paragraph would produce: plain or bold/italic/underlined/struck text, line
 * breaks, citations and finding references, in a style, numbered as a list item
 * or indented under one; nine paragraphs in ten. Anything else (links, footnotes,
 * comment ranges) goes through docx.
 */
export function rawParagraph(ctx: DocxContext, nodes: DocNode[], look: ParagraphLook): FileChild {
  const extra = look.run ?? {};
  const runs = nodes.map((node) => {
    if (node.type === 'text') return run(node.text ?? '', node.marks, extra);
    if (node.type === 'hardBreak') return LINE_BREAK;
    if (node.type === 'citation') return run(ctx.report.citations.label((node.attrs?.items as CitationItem[]) ?? []), undefined, { ...extra, style: STYLE.citation });
    return run(findingLabel(ctx, node), undefined, { ...extra, style: STYLE.findingRef });
  });
  return rawRunsParagraph(look, runs);
}

/** A paragraph of these runs (see rawRun), as docx's Paragraph writes it. */
export function rawRunsParagraph(look: ParagraphLook, runs: Xml[]): FileChild {
  const props = paragraphProperties(look);
  const children = props.length ? [{ 'w:pPr': props }, ...runs] : runs;
  const xml = { 'w:p': children.length ? children : {} };
  const { numbering } = look;
  return new RawBlock('w:p', (context) => {
    // As docx's Paragraph does when written: the list's numbering instance, so the placeholder gets its id.
    if (numbering) context.file.Numbering.createConcreteNumberingInstance(numbering.reference, numbering.instance);
    return xml;
  });
}
