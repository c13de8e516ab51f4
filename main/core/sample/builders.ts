import type { DocNode } from '../../../shared/model';
import type { CalloutVariant, CitationItem } from '../../../shared/schema';

/**
 * Small builders for ProseMirror JSON, so the sample's content reads like the
 * report it is rather than like nested object literals.
 */

type Mark = NonNullable<DocNode['marks']>[number];
/** Inline content: a plain string becomes a text node. */
export type Inline = string | DocNode;

const markText = (mark: Mark, parts: Inline[]): DocNode[] =>
  inline(parts).map((node) =>
    node.type === 'text' ? { ...node, marks: [...(node.marks ?? []), mark] } : node,
  );

/** Text nodes may not be empty in ProseMirror, so empty strings are dropped here. */
export function inline(parts: Inline[]): DocNode[] {
  return parts
    .filter((part) => part !== '')
    .map((part) => (typeof part === 'string' ? { type: 'text', text: part } : part));
}

export const text = (value: string): DocNode => ({ type: 'text', text: value });

/** Marks return arrays; spread them into a paragraph: p('A ', ...bold('key'), ' point'). */
export const bold = (...parts: Inline[]) => markText({ type: 'bold' }, parts);
export const italic = (...parts: Inline[]) => markText({ type: 'italic' }, parts);
export const underline = (...parts: Inline[]) => markText({ type: 'underline' }, parts);
export const strike = (...parts: Inline[]) => markText({ type: 'strike' }, parts);
export const link = (href: string, ...parts: Inline[]) => markText({ type: 'link', attrs: { href } }, parts);

export const p = (...parts: Inline[]): DocNode => {
  const content = inline(parts);
  return content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
};

export const h = (level: 2 | 3 | 4, ...parts: Inline[]): DocNode => ({
  type: 'heading',
  attrs: { level },
  content: inline(parts),
});

/** A list item: strings become one paragraph; DocNodes (paragraphs, nested lists) are kept as blocks. */
export const li = (...parts: Inline[]): DocNode => {
  const blocks: DocNode[] = [];
  let run: Inline[] = [];
  const flush = () => {
    if (run.length) blocks.push(p(...run));
    run = [];
  };
  for (const part of parts) {
    const isBlock = typeof part !== 'string' && BLOCK_TYPES.has(part.type);
    if (isBlock) {
      flush();
      blocks.push(part);
    } else run.push(part);
  }
  flush();
  return { type: 'listItem', content: blocks };
};

const BLOCK_TYPES = new Set(['paragraph', 'bulletList', 'orderedList', 'blockquote', 'callout', 'heading']);

const asItem = (item: Inline | Inline[]): DocNode => {
  if (Array.isArray(item)) return li(...item);
  if (typeof item !== 'string' && item.type === 'listItem') return item;
  return li(item);
};

export const ul = (...items: (Inline | Inline[])[]): DocNode => ({ type: 'bulletList', content: items.map(asItem) });

export const ol = (...items: (Inline | Inline[])[]): DocNode => ({
  type: 'orderedList',
  attrs: { start: 1 },
  content: items.map(asItem),
});

export const blockquote = (...blocks: DocNode[]): DocNode => ({ type: 'blockquote', content: blocks });

export const hr = (): DocNode => ({ type: 'horizontalRule' });

export const hardBreak = (): DocNode => ({ type: 'hardBreak' });

export const callout = (variant: CalloutVariant, ...blocks: DocNode[]): DocNode => ({
  type: 'callout',
  attrs: { variant },
  content: blocks,
});

/** A citation of one or more references, e.g. cite(ref.wu) or cite([ref.a, 'p. 12'], ref.b). */
export const cite = (...items: (string | [string, string])[]): DocNode => ({
  type: 'citation',
  attrs: {
    items: items.map((item): CitationItem =>
      typeof item === 'string' ? { referenceId: item } : { referenceId: item[0], locator: item[1] },
    ),
  },
});

export const findingRef = (findingId: string): DocNode => ({ type: 'findingRef', attrs: { findingId } });

export const safetyItem = (safetyItemId: string): DocNode => ({ type: 'safetyItemBlock', attrs: { safetyItemId } });

export const footnote = (...parts: Inline[]): DocNode => ({ type: 'footnote', content: inline(parts) });

export interface FigureAttrs {
  assetId: string;
  alt: string;
  caption: string;
  width?: number;
}

export const figure = (attrs: FigureAttrs): DocNode => ({
  type: 'figure',
  attrs: { assetId: attrs.assetId, alt: attrs.alt, decorative: false, caption: attrs.caption, width: attrs.width ?? 100 },
});

const cell = (type: 'tableHeader' | 'tableCell', value: Inline | DocNode[]): DocNode => ({
  type,
  attrs: { colspan: 1, rowspan: 1, colwidth: null },
  content: Array.isArray(value) ? value : [p(value)],
});

/** A table whose first row is a header row. */
export const table = (header: Inline[], ...rows: (Inline | DocNode[])[][]): DocNode => ({
  type: 'table',
  content: [
    { type: 'tableRow', content: header.map((value) => cell('tableHeader', value)) },
    ...rows.map((row) => ({ type: 'tableRow', content: row.map((value) => cell('tableCell', value)) })),
  ],
});

export const doc = (...blocks: DocNode[]): DocNode => ({ type: 'doc', content: blocks });
