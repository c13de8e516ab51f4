import type { DocNode } from '../../../shared/model';
import { forEachNode } from '../../../shared/doc/forEachNode';

/** A paragraph-like run of text with, for every character, its ProseMirror position in the section. */
export interface TextBlock {
  text: string;
  positions: number[];
}

/** Markers that stand inside a sentence: they read as a space, and a footnote's own words are not part of the sentence. */
const INLINE_MARKERS = new Set(['footnote', 'citation', 'findingRef', 'hardBreak']);

/** The text of each paragraph and heading, mapped back to editor positions so a note can highlight its words. */
export function textBlocks(doc: DocNode): TextBlock[] {
  const blocks: TextBlock[] = [];
  forEachNode(doc, (node, pos) => {
    if (node.type !== 'paragraph' && node.type !== 'heading') return;
    const block: TextBlock = { text: '', positions: [] };
    forEachNode(node, (inline, offset) => {
      const at = pos + 1 + offset;
      if (inline.type === 'text') {
        const text = inline.text ?? '';
        block.text += text;
        for (let i = 0; i < text.length; i++) block.positions.push(at + i);
      } else if (INLINE_MARKERS.has(inline.type)) {
        block.text += ' ';
        block.positions.push(at);
        return false;
      }
    });
    blocks.push(block);
    return false;
  });
  return blocks;
}
