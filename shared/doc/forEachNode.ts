import type { DocNode } from '../model/json';

const LEAF_TYPES = new Set(['hardBreak', 'horizontalRule', 'citation', 'findingRef', 'safetyItemBlock', 'figure']);

/** A node's size as ProseMirror counts it: characters for text, one for a leaf, two plus content otherwise. */
export function nodeSize(node: DocNode): number {
  if (node.type === 'text') return node.text?.length ?? 0;
  if (LEAF_TYPES.has(node.type)) return 1;
  return 2 + (node.content ?? []).reduce((n, c) => n + nodeSize(c), 0);
}

/**
 * Visits every node below the document with its ProseMirror position (the position
 * just before the node), depth first in document order. Return false to skip a node's children.
 */
export function forEachNode(doc: DocNode, visit: (node: DocNode, pos: number, parent: DocNode) => boolean | void): void {
  const walk = (parent: DocNode, start: number) => {
    let pos = start;
    for (const child of parent.content ?? []) {
      if (visit(child, pos, parent) !== false && child.type !== 'text') walk(child, pos + 1);
      pos += nodeSize(child);
    }
  };
  walk(doc, 0);
}
