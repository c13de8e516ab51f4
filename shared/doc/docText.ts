import type { DocNode } from '../model/json';

const BLOCK_BREAK = new Set(['paragraph', 'heading', 'listItem', 'tableCell', 'tableHeader', 'blockquote', 'callout']);

/** The plain text of a document, blocks separated by newlines (footnote text included where it stands). */
export function docText(node: DocNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  const inner = (node.content ?? []).map(docText).join('');
  if (node.type === 'footnote') return ` ${inner} `;
  return BLOCK_BREAK.has(node.type) ? `${inner}\n` : inner;
}
