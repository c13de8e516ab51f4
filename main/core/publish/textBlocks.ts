import type { DocNode } from '../../../shared/model';

/** A paragraph-like run of text with, for every character, its ProseMirror position in the section. */
export interface TextBlock {
  text: string;
  positions: number[];
}

const LEAF_SIZE = 1;

/**
 * Walks a section's JSON the way ProseMirror counts positions (one token to open and
 * one to close each non-leaf node, one per leaf, one per character) and collects the
 * text of each textblock, so a finding in the text maps back to a place in the editor.
 */
export function textBlocks(doc: DocNode): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;

  const size = (node: DocNode): number => {
    if (node.type === 'text') return node.text?.length ?? 0;
    if (!node.content) return isLeafType(node.type) ? LEAF_SIZE : 2;
    return 2 + node.content.reduce((n, c) => n + size(c), 0);
  };

  const walk = (node: DocNode, pos: number): void => {
    if (node.type === 'text') {
      const text = node.text ?? '';
      if (current) for (let i = 0; i < text.length; i++) (current.text += text[i]), current.positions.push(pos + i);
      return;
    }
    const isTextblock = node.type === 'paragraph' || node.type === 'heading';
    if (isTextblock) {
      current = { text: '', positions: [] };
      blocks.push(current);
    }
    if (node.type === 'footnote' || node.type === 'citation' || node.type === 'findingRef' || node.type === 'hardBreak') {
      // A footnote's own words are not part of the sentence around it; its marker reads as a space.
      if (current) (current.text += ' '), current.positions.push(pos);
      return;
    }
    let child = pos + 1;
    for (const c of node.content ?? []) {
      walk(c, child);
      child += size(c);
    }
    if (isTextblock) current = null;
  };

  let pos = 0;
  for (const child of doc.content ?? []) {
    walk(child, pos);
    pos += size(child);
  }
  return blocks;
}

function isLeafType(type: string): boolean {
  return ['hardBreak', 'horizontalRule', 'citation', 'findingRef', 'safetyItemBlock', 'figure'].includes(type);
}
