import type { Node as PmNode } from '@tiptap/pm/model';
import type { Anchor } from '../model';
import { passageText } from './passageText';

interface IndexedText {
  text: string;
  /** Document position of each character of text; -1 for the newline between blocks. */
  positions: number[];
}

/** The document's text with the position of every character, blocks separated by newlines (as passageText joins them). */
function indexText(doc: PmNode): IndexedText {
  let text = '';
  const positions: number[] = [];
  let blocks = 0;
  doc.descendants((node, pos) => {
    if (node.isTextblock && blocks++ > 0) {
      text += '\n';
      positions.push(-1);
    }
    if (node.isText && node.text) {
      text += node.text;
      for (let i = 0; i < node.text.length; i++) positions.push(pos + i);
    }
    return true;
  });
  return { text, positions };
}

/**
 * Finds where a quoted passage now stands in a document whose text may have
 * changed since the anchor was taken (a reviewer's comment merged into the
 * writer's newer text). Keeps the anchor when it still covers the quoted text;
 * otherwise picks the occurrence of the quoted text nearest the old anchor;
 * null (detached) when the text is nowhere to be found.
 */
export function reanchor(doc: PmNode, anchor: Anchor | null, quotedText: string): Anchor | null {
  if (anchor && passageText(doc, anchor) === quotedText) return anchor;
  if (!quotedText.trim()) return null;
  const { text, positions } = indexText(doc);
  const near = anchor?.from ?? 0;
  let best: Anchor | null = null;
  for (let at = text.indexOf(quotedText); at >= 0; at = text.indexOf(quotedText, at + 1)) {
    const first = positions[at]!;
    const last = positions[at + quotedText.length - 1]!;
    if (first < 0 || last < 0) continue;
    const candidate = { from: first, to: last + 1 };
    if (passageText(doc, candidate) !== quotedText) continue;
    if (!best || Math.abs(candidate.from - near) < Math.abs(best.from - near)) best = candidate;
  }
  return best;
}
