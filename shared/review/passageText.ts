import type { Node as PmNode } from '@tiptap/pm/model';
import type { Anchor } from '../model';

/**
 * The text an anchor covers, as it is quoted in a comment: blocks joined by a
 * newline, atoms (citations, finding references) left out. Null when the anchor
 * no longer fits the document.
 */
export function passageText(doc: PmNode, anchor: Anchor): string | null {
  if (anchor.from < 0 || anchor.to > doc.content.size || anchor.to <= anchor.from) return null;
  return doc.textBetween(anchor.from, anchor.to, '\n', '');
}
